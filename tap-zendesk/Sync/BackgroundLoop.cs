namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Work that runs beside the sync until it is disposed: disposing stops it and waits for it, so
/// nothing it does outlives the run that started it.
/// </summary>
internal sealed class BackgroundLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts <paramref name="run"/> at once, on the caller's thread up to its first wait.</summary>
    public BackgroundLoop(Func<CancellationToken, Task> run) => _loop = run(_stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }
}
