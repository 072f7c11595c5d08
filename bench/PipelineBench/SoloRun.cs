using System.Diagnostics;

namespace Zendesk.Singer.PipelineBench;

/// <summary>One program alone, its output to a file or its input from one: what it does when nothing else waits on it.</summary>
internal static class SoloRun
{
    /// <summary>Runs <paramref name="dll"/> with stdout to (<c>&gt;</c>) or stdin from (<c>&lt;</c>) <paramref name="file"/>.</summary>
    public static async Task<SoloFigures> RunAsync(string dll, string config, string folder, string redirect, string file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var program = PipeRun.Start(dll, ["--config", config], folder, redirect, file);
        var usage = new ProcessUsage(program.Id);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = PipeRun.SampleAsync([usage], sampling.Token);
        var log = program.StandardError.ReadToEndAsync(cancellationToken);
        var output = redirect == "<" ? program.StandardOutput.ReadToEndAsync(cancellationToken) : Task.FromResult(string.Empty);
        await program.WaitForExitAsync(cancellationToken);
        var wall = clock.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        await output;
        var text = await log;
        var records = redirect == "<" ? PipeRun.Count(PipeRun.LoadedRecords(), text) : PipeRun.Count(PipeRun.TapRecords(), text);
        return new SoloFigures(wall, records, usage, program.ExitCode, text);
    }
}
