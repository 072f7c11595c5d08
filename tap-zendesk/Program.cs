using Zendesk.Singer.Tap.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the sync cleanly (its last STATE stays valid); a second one kills it.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};

await using var stdout = Console.OpenStandardOutput();
return await TapCommand.RunAsync(args, TapRuntime.Console(stdout, Console.Error), cancel.Token);
