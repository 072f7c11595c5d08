using CommandLine;

namespace Zendesk.Singer.PipelineBench;

/// <summary>The bench's command line.</summary>
internal sealed record BenchOptions
{
    [Option("tickets", Default = 100_000, MetaValue = "N", HelpText = "Tickets of the simulated account.")]
    public int Tickets { get; init; }

    [Option("seed", Default = 42, MetaValue = "N", HelpText = "The seed the simulated account is generated from.")]
    public int Seed { get; init; }

    [Option("alone", HelpText = "Then run each program alone on the same account, and compare the pipeline with the slower of the two; load the same records with DuckDB's own read_json, and print the best the processor time of the three allows; then kill the target mid-load and measure the next run's replay of what it left.")]
    public bool Alone { get; init; }

    [Option("batch", MetaValue = "COMPRESSION", HelpText = "The tap writes BATCH files (compression gzip or none) in place of RECORD lines, and the target loads them.")]
    public string? Batch { get; init; }
}
