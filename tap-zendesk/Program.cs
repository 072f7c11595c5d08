using Microsoft.Win32.SafeHandles;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Tap.Cli;

using var interrupt = new ConsoleInterrupt();

// Console's own stdout stream pretends that writes to a closed pipe succeed; a plain file stream
// on the same descriptor reports them, so a tap whose reader is gone does not go on for nothing.
await using var stdout = OperatingSystem.IsWindows()
    ? Console.OpenStandardOutput()
    : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
await using var watch = OutputWatch.Stdout();
using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupt.Token, watch.Token);
return await TapCommandLine.RunAsync(args, RunServices.Console(stdout, Console.Error) with { OutputGone = watch.Token }, stop.Token);
