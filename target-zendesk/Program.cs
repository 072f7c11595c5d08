using Zendesk.Singer.Destination.Cli;
using Zendesk.Singer.Protocol.Cli;

using var interrupt = new ConsoleInterrupt();
await using var stdin = Console.OpenStandardInput();
await using var stdout = Console.OpenStandardOutput();
return await TargetCommandLine.RunAsync(args, new DestinationRuntime(stdin, stdout, Console.Error, TimeProvider.System), interrupt.Token);
