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
        CancellationToken cancellationToken)
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
                    await PumpAsync(tap.StandardOutput.BaseStream, target.StandardInput.BaseStream, capture, cancellationToken);
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

    private static async Task PumpAsync(Stream from, Stream to, Stream capture, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await capture.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (IOException)
        {
            // The target stopped reading. As in a shell, closing our end gives the tap a broken pipe.
        }
        finally
        {
            await from.DisposeAsync();
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
}
