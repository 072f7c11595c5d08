using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Zendesk.Singer.PipelineBench;

/// <summary><c>tap-zendesk | target-warehouse</c>: two processes, the tap's stdout copied into the target's stdin.</summary>
internal static partial class PipeRun
{
    private static readonly string TapDll = Metadata("TapDll");
    private static readonly string TargetDll = Metadata("TargetDll");

    public static async Task<PipeFigures> RunAsync(string tapConfig, string targetConfig, string folder, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var target = Start(TargetDll, ["--config", targetConfig], folder, input: true);
        using var tap = Start(TapDll, ["--config", tapConfig], folder, input: false);
        var tapMemory = new PeakMemory(tap.Id);
        var targetMemory = new PeakMemory(target.Id);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = SampleAsync([tapMemory, targetMemory], sampling.Token);
        var tapLog = tap.StandardError.ReadToEndAsync(cancellationToken);
        var targetLog = target.StandardError.ReadToEndAsync(cancellationToken);
        var targetOutput = target.StandardOutput.ReadToEndAsync(cancellationToken);

        var bytes = await PumpAsync(tap.StandardOutput.BaseStream, target.StandardInput.BaseStream, cancellationToken);
        await tap.WaitForExitAsync(cancellationToken);
        await target.WaitForExitAsync(cancellationToken);
        var wall = clock.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        await targetOutput;

        var tapText = await tapLog;
        var targetText = await targetLog;
        return new PipeFigures(
            wall,
            Count(TapRecords(), tapText),
            Count(LoadedRecords(), targetText),
            bytes,
            tapMemory.Megabytes,
            targetMemory.Megabytes,
            tap.ExitCode,
            target.ExitCode,
            tapText,
            targetText);
    }

    private static Process Start(string dll, string[] arguments, string folder, bool input)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = input,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
    }

    private static async Task<long> PumpAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            total += read;
        }

        await to.DisposeAsync();
        return total;
    }

    private static async Task SampleAsync(PeakMemory[] processes, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            do
            {
                foreach (var process in processes)
                {
                    process.Sample();
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static long Count(Regex pattern, string log) =>
        pattern.Matches(log) is { Count: > 0 } matches ? long.Parse(matches[^1].Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : -1;

    private static string Metadata(string key) =>
        typeof(PipeRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

    [GeneratedRegex(@"sync finished records=(\d+)")]
    private static partial Regex TapRecords();

    [GeneratedRegex(@"([\d,]+) records in \d+ streams loaded")]
    private static partial Regex LoadedRecords();
}
