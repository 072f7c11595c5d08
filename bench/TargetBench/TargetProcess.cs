using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Zendesk.Singer.Bench.Target;

/// <summary>Runs the built target-warehouse on a Singer file and watches its peak resident memory.</summary>
internal static class TargetProcess
{
    public static string Executable { get; } =
        typeof(TargetProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TargetExecutable").Value!;

    public static async Task<(TimeSpan Elapsed, long PeakBytes, string Errors)> RunAsync(string config, string input, TimeProvider time, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(config);
        var started = time.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start target-warehouse");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var peak = WatchPeakAsync(process.Id, cancellationToken);
        await using (var file = File.OpenRead(input))
        {
            await file.CopyToAsync(process.StandardInput.BaseStream, cancellationToken);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = time.GetElapsedTime(started);
        await output;
        var text = await errors;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"target-warehouse exited with {process.ExitCode}:\n{text}");
        }

        return (elapsed, await peak, text);
    }

    /// <summary>The kernel's high-water mark of the process's resident set (VmHWM), read until it exits.</summary>
    private static async Task<long> WatchPeakAsync(int pid, CancellationToken cancellationToken)
    {
        long peak = 0;
        var status = $"/proc/{pid}/status";
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var line = (await File.ReadAllLinesAsync(status, cancellationToken)).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is null)
                {
                    break;
                }

                peak = Math.Max(peak, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        return peak;
    }
}
