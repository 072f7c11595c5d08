using Microsoft.Win32.SafeHandles;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Tap.Cli;

using var interrupt = new ConsoleInterrupt();
await using var stdout = StandardOutput();
await using var watch = OutputWatch.Stdout();
using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupt.Token, watch.Token);
return await TapCommandLine.RunAsync(args, RunServices.Console(stdout, Console.Error) with { OutputGone = watch.Token }, stop.Token);

// Console's own stdout stream pretends that writes to a closed pipe succeed; a plain file stream
// on the same descriptor reports them, so a tap whose reader is gone does not go on for nothing.
// Into a regular file, though, a file stream writes at offsets of its own and leaves the
// descriptor's where it was: what the shell wrote after the tap, or a second tap into the same
// file, overwrote its output. A file has no reader to lose, so it gets Console's stream, which
// writes where the descriptor points.
static Stream StandardOutput()
{
    if (OperatingSystem.IsWindows())
    {
        return Console.OpenStandardOutput();
    }

    var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    if (!stream.CanSeek)
    {
        return stream;
    }

    stream.Dispose();
    return Console.OpenStandardOutput();
}
