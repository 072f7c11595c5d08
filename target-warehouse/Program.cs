using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Target.Cli;

using var interrupt = new ConsoleInterrupt();
return await TargetCommandLine.RunAsync(
    args,
    Console.OpenStandardInput(),
    Console.OpenStandardOutput(),
    Console.Error,
    TimeProvider.System,
    interrupt.Token);
