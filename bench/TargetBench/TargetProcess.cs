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
    public static async Task<TargetRun> RunWithConfigAsync(BenchOptions options, string name, JsonObject config, string input, TimeProvider time, CancellationToken cancellationToken)
    {
        if (options.BatchSize is { } size)
        {
            config["batch_size_rows"] = size;
        }

        var path = Path.Combine(options.WorkDirectory, name + ".json");
        await File.WriteAllTextAsync(path, config.ToJsonString(), cancellationToken);
        return await RunMeasuredAsync(path, input, time, cancellationToken);
    }

    private static async Task<TargetRun> RunMeasuredAsync(string config, string input, TimeProvider time, CancellationToken cancellationToken)
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

        var (peakBytes, processor, commit) = await peak;
        return new TargetRun(elapsed, peakBytes, processor, commit);
    }

    /// <summary>The kernel's high-water mark of the process's resident set (VmHWM), its processor time and its commit thread's, read until it exits.</summary>
    private static async Task<(long Peak, TimeSpan Processor, TimeSpan Commit)> WatchPeakAsync(int pid, CancellationToken cancellationToken)
    {
        long peak = 0;
        var processor = TimeSpan.Zero;
        var commit = TimeSpan.Zero;
        string? commitStat = null;
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

                processor = Ticks(await File.ReadAllTextAsync(stat, cancellationToken)).Time;
                commitStat ??= await CommitThreadAsync(pid, cancellationToken);
                commit = await CommitTimeAsync(commitStat, cancellationToken) ?? commit;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        return (peak, processor, commit);
    }

    /// <summary>
    /// The stat file of the thread the target names "commit", or null until it is seen. It is looked
    /// for among the threads only until found, so that watching costs the target's two cores little.
    /// </summary>
    private static async Task<string?> CommitThreadAsync(int pid, CancellationToken cancellationToken)
    {
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            var stat = Path.Combine(task, "stat");
            try
            {
                if (Ticks(await File.ReadAllTextAsync(stat, cancellationToken)).Name == "commit")
                {
                    return stat;
                }
            }
            catch (IOException)
            {
                // Threads come and go while the target runs; only the process's end stops the watch.
            }
        }

        return null;
    }

    /// <summary>The commit thread's processor time, or null once it has ended (before the process does, which still writes the database out).</summary>
    private static async Task<TimeSpan?> CommitTimeAsync(string? commitStat, CancellationToken cancellationToken)
    {
        try
        {
            return commitStat is null ? null : Ticks(await File.ReadAllTextAsync(commitStat, cancellationToken)).Time;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// A stat line's command and its utime and stime, in clock ticks (100 a second): the fields after
    /// the command's closing parenthesis, since a thread's name can hold spaces and parentheses.
    /// </summary>
    private static (string Name, TimeSpan Time) Ticks(string stat)
    {
        var close = stat.LastIndexOf(')');
        var open = stat.IndexOf('(', StringComparison.Ordinal);
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (stat[(open + 1)..close], TimeSpan.FromSeconds(ticks / 100.0));
    }
}
