using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Zendesk.Singer.PipelineBench;

/// <summary><c>tap-zendesk | target-warehouse</c>: two processes joined by a named pipe.</summary>
internal static partial class PipeRun
{
    public static readonly string TapDll = Metadata("TapDll");
    public static readonly string TargetDll = Metadata("TargetDll");

    public static async Task<PipeFigures> RunAsync(string tapConfig, string targetConfig, string folder, CancellationToken cancellationToken)
    {
        // The two programs share an OS pipe, as in a shell, with nothing of this process in between:
        // copying the stream through here would cost a share of the cores the programs need.
        var pipe = Path.Combine(folder, "pipe");
        await MakeFifoAsync(pipe, cancellationToken);
        var clock = Stopwatch.StartNew();
        using var target = Start(TargetDll, ["--config", targetConfig], folder, "<", pipe);
        using var tap = Start(TapDll, ["--config", tapConfig], folder, ">", pipe);
        var tapUsage = new ProcessUsage(tap.Id);
        var targetUsage = new ProcessUsage(target.Id);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = SampleAsync([tapUsage, targetUsage], sampling.Token);
        var tapLog = tap.StandardError.ReadToEndAsync(cancellationToken);
        var targetLog = target.StandardError.ReadToEndAsync(cancellationToken);
        var targetOutput = target.StandardOutput.ReadToEndAsync(cancellationToken);

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
            tapUsage,
            targetUsage,
            tap.ExitCode,
            target.ExitCode,
            tapText,
            targetText);
    }

    /// <summary>Starts a program with its standard input or output (<paramref name="redirect"/>) on <paramref name="pipe"/> (a pipe or a file), stderr read here.</summary>
    public static Process Start(string dll, string[] arguments, string folder, string redirect, string pipe)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = false,
            RedirectStandardOutput = redirect == "<",
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // exec: the shell opens the pipe and becomes the program, whose process id is then the one sampled.
        start.Environment["PIPELINE_BENCH_PIPE"] = pipe;
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec \"$@\" {redirect} \"$PIPELINE_BENCH_PIPE\"");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
    }

    private static async Task MakeFifoAsync(string path, CancellationToken cancellationToken)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("could not start mkfifo");
        await mkfifo.WaitForExitAsync(cancellationToken);
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed (exit {mkfifo.ExitCode})");
        }
    }

    public static async Task SampleAsync(ProcessUsage[] processes, CancellationToken cancellationToken)
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

    public static long Count(Regex pattern, string log) =>
        pattern.Matches(log) is { Count: > 0 } matches ? long.Parse(matches[^1].Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : -1;

    private static string Metadata(string key) =>
        typeof(PipeRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

    /// <summary>The tap's closing line for each stream: its records, requests and seconds.</summary>
    public static IEnumerable<string> StreamSummaries(string log) => StreamDone().Matches(log).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^\S+ (stream \S+ done .*)$", RegexOptions.Multiline)]
    private static partial Regex StreamDone();

    [GeneratedRegex(@"sync finished records=(\d+)")]
    public static partial Regex TapRecords();

    [GeneratedRegex(@"([\d,]+) records in \d+ streams loaded")]
    public static partial Regex LoadedRecords();
}
