using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Bench.Target;

/// <summary>Runs the built target-warehouse on a Singer file and watches its peak resident memory and the processor time it used.</summary>
internal static class TargetProcess
{
    public static string Executable { get; } =
        typeof(TargetProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TargetExecutable").Value!;

    /// <summary>Writes <paramref name="config"/> (with the bench's <c>--batch-size</c>, if given) to <paramref name="name"/>.json in the work directory and runs the target with it.</summary>
    public static async Task<(TimeSpan Elapsed, long PeakBytes, TimeSpan Processor, string Errors)> RunWithConfigAsync(BenchOptions options, string name, JsonObject config, string input, TimeProvider time, CancellationToken cancellationToken)
    {
        if (options.BatchSize is { } size)
        {
            config["batch_size_rows"] = size;
        }

        var path = Path.Combine(options.WorkDirectory, name + ".json");
        await File.WriteAllTextAsync(path, config.ToJsonString(), cancellationToken);
        return await RunMeasuredAsync(path, input, time, cancellationToken);
    }

    /// <returns>Also the processor time (user and system) the target used, as last seen before it exited.</returns>
    private static async Task<(TimeSpan Elapsed, long PeakBytes, TimeSpan Processor, string Errors)> RunMeasuredAsync(string config, string input, TimeProvider time, CancellationToken cancellationToken)
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

        var (peakBytes, processor) = await peak;
        return (elapsed, peakBytes, processor, text);
    }

    /// <summary>The kernel's high-water mark of the process's resident set (VmHWM) and its processor time, read until it exits.</summary>
    private static async Task<(long Peak, TimeSpan Processor)> WatchPeakAsync(int pid, CancellationToken cancellationToken)
    {
        long peak = 0;
        var processor = TimeSpan.Zero;
        var status = $"/proc/{pid}/status";
        var stat = $"/proc/{pid}/stat";
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

                // utime and stime, in clock ticks (100 a second), follow the command's closing parenthesis.
                var fields = (await File.ReadAllTextAsync(stat, cancellationToken)).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                processor = TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        return (peak, processor);
    }
}
