namespace Zendesk.Singer.Protocol.Cli;

/// <summary>
/// Ctrl+C as both programs take it: the first one cancels the run, which then stops cleanly with
/// its last STATE valid and says so; a second one kills the process for whoever cannot wait.
/// </summary>
internal sealed class ConsoleInterrupt : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();

    public ConsoleInterrupt() => Console.CancelKeyPress += OnCancelKeyPress;

    public CancellationToken Token => _cancel.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _cancel.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = !_cancel.IsCancellationRequested;
        _cancel.Cancel();
    }
}
