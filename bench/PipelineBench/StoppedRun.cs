namespace Zendesk.Singer.PipelineBench;

/// <summary>
/// The target killed mid-load, once DuckDB's write-ahead log has grown past a size, and the next
/// run on the same file, which replays that log before it loads anything: the memory a resume after
/// a stop costs. The next run reads no input, so what it holds is the replay's alone.
/// </summary>
internal static class StoppedRun
{
    /// <summary>
    /// Where the load is killed: three quarters of the target's checkpoint threshold (512 MB of log),
    /// about as much log as a run killed at an unlucky moment leaves.
    /// </summary>
    public const long LogBytes = 384L << 20;

    /// <returns>The log's size when the load was killed and the next run's figures; null when the load ended before its log grew that far.</returns>
    public static async Task<(long LogBytes, SoloFigures Next)?> RunAsync(string config, string database, string folder, string messages, CancellationToken cancellationToken)
    {
        var log = database + ".wal";
        long size;
        using (var load = PipeRun.Start(PipeRun.TargetDll, ["--config", config], folder, "<", messages))
        {
            // Its output is read so that it never waits on a full pipe.
            var output = Task.WhenAll(load.StandardOutput.ReadToEndAsync(cancellationToken), load.StandardError.ReadToEndAsync(cancellationToken));
            while ((size = File.Exists(log) ? new FileInfo(log).Length : 0) < LogBytes && !load.HasExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            }

            if (load.HasExited)
            {
                await output;
                return null;
            }

            load.Kill();
            await load.WaitForExitAsync(cancellationToken);
            await output;
        }

        return (size, await SoloRun.RunAsync(PipeRun.TargetDll, config, folder, "<", "/dev/null", cancellationToken));
    }
}
