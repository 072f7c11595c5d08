using System.Diagnostics;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// <c>tap-zendesk ... | target-warehouse ...</c>: the two built programs as two processes, the tap's
/// stdout copied into the target's stdin (and into a file, so tests can see what crossed the pipe).
/// </summary>
internal static class SingerPipeline
{
    public static async Task<PipelineResult> RunAsync(
        IReadOnlyList<string> tapArguments,
        IReadOnlyList<string> targetArguments,
        string workingDirectory,
        string capturePath,
        CancellationToken cancellationToken,
        PipelineKill? kill = null)
    {
        var targetStart = Programs.Dll(RepositoryLayout.TargetDll, targetArguments, workingDirectory);
        targetStart.RedirectStandardInput = true;
        using var target = Process.Start(targetStart) ?? throw new InvalidOperationException("could not start target-warehouse");
        using var tap = Process.Start(Programs.Dll(RepositoryLayout.TapDll, tapArguments, workingDirectory)) ?? throw new InvalidOperationException("could not start tap-zendesk");
        try
        {
            // The logs are read to their end even when the run is cut short: they say where it stood.
            var tapErrors = tap.StandardError.ReadToEndAsync(CancellationToken.None);
            var targetOutput = target.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var targetErrors = target.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await using (var capture = File.Create(capturePath))
                {
                    await PumpAsync(tap.StandardOutput.BaseStream, target.StandardInput.BaseStream, capture, Killer(kill, tap, target), cancellationToken);
                }

                await tap.WaitForExitAsync(cancellationToken);
                await target.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Programs.Stop(tap);
                Programs.Stop(target);
                var cut = new PipelineResult(-1, await tapErrors, -1, await targetOutput, await targetErrors, capturePath);
                throw new TimeoutException($"tap-zendesk | target-warehouse did not finish in time and was stopped{Environment.NewLine}{cut.Describe()}");
            }

            return new PipelineResult(tap.ExitCode, await tapErrors, target.ExitCode, await targetOutput, await targetErrors, capturePath);
        }
        finally
        {
            Programs.Stop(tap);
            Programs.Stop(target);
        }
    }

    /// <summary>What to do once a number of lines went through: nothing, or the kill.</summary>
    private static (long AfterLines, Action Act)? Killer(PipelineKill? kill, Process tap, Process target)
    {
        if (kill is null)
        {
            return null;
        }

        return (kill.AfterLines, () =>
        {
            if (kill.Victim is PipelineVictim.Target or PipelineVictim.Both)
            {
                target.Kill();
            }

            if (kill.Victim is PipelineVictim.Tap or PipelineVictim.Both)
            {
                tap.Kill();
            }

            kill.Done = true;
        });
    }

    private static async Task PumpAsync(Stream from, Stream to, Stream capture, (long AfterLines, Action Act)? kill, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        long lines = 0;
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var chunk = buffer.AsMemory(0, read);
                if (kill is { } k && lines < k.AfterLines)
                {
                    // Only the lines up to the kill point cross the pipe; the kill follows them at once.
                    var end = CutAfter(chunk.Span, k.AfterLines - lines, out var counted);
                    lines += counted;
                    chunk = chunk[..end];
                }

                await capture.WriteAsync(chunk, cancellationToken);
                await to.WriteAsync(chunk, cancellationToken);
                if (kill is { } due && lines >= due.AfterLines)
                {
                    // The kill point is where the killed side stopped: nothing after it crosses the pipe,
                    // so the target sees the input a tap killed right there would have left it.
                    await to.FlushAsync(cancellationToken);
                    due.Act();
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The target stopped reading. As in a shell, closing our end gives the tap a broken pipe.
        }
        finally
        {
            try
            {
                await from.DisposeAsync();
            }
            catch (IOException)
            {
                // The tap was killed.
            }

            try
            {
                await to.DisposeAsync();
            }
            catch (IOException)
            {
                // Closing a pipe the target already closed.
            }
        }
    }

    /// <summary>The length of <paramref name="chunk"/> up to and with its <paramref name="wanted"/>th newline, or all of it.</summary>
    private static int CutAfter(ReadOnlySpan<byte> chunk, long wanted, out long counted)
    {
        counted = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            if (chunk[i] == (byte)'\n' && ++counted == wanted)
            {
                return i + 1;
            }
        }

        return chunk.Length;
    }
}
