using CommandLine;

namespace Zendesk.Singer.Bench;

/// <summary>The bench's command line.</summary>
internal sealed record BenchOptions
{
    [Option("users", Default = 100_000, MetaValue = "N", HelpText = "Identify calls written, each a new user.")]
    public int Users { get; init; }

    [Option("budget", Default = 200, MetaValue = "N", HelpText = "The account's limit and the target's budget, requests per minute.")]
    public int Budget { get; init; }

    [Option("scale", Default = 5.0, MetaValue = "X", HelpText = "How many times faster than real time the budget's minute passes.")]
    public double Scale { get; init; }
}
