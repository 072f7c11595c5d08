using CommandLine;

namespace Zendesk.Singer.Bench.Target;

/// <summary>The bench's command line.</summary>
internal sealed record BenchOptions
{
    [Option("records", Default = 1_000_000, MetaValue = "N", HelpText = "Ticket records to load.")]
    public int Records { get; init; }

    [Option("batch-size", MetaValue = "N", HelpText = "The target's batch_size_rows (default: the target's own).")]
    public int? BatchSize { get; init; }

    [Option("postgres", MetaValue = "CONNECTION", HelpText = "The PostgreSQL connection string (default: $ZS_TEST_POSTGRES); without one only DuckDB runs.")]
    public string? Postgres { get; init; }

    [Option("work", MetaValue = "DIR", HelpText = "Where the record files and databases go (default: target-bench in the temporary folder, removed when the bench ends; a folder given here is kept).")]
    public string? Work { get; init; }

    [Option("runs", Default = 1, MetaValue = "N", HelpText = "How often each load and its ceiling run; each ratio is summed up by its median.")]
    public int Runs { get; init; }

    [Option("batch-only", HelpText = "Only the BATCH comparison, not the RECORD runs.")]
    public bool BatchOnly { get; init; }

    public string WorkDirectory => Work ?? Path.Combine(Path.GetTempPath(), "target-bench");

    public string? PostgresConnection => Postgres ?? Environment.GetEnvironmentVariable("ZS_TEST_POSTGRES");

    public int RunCount => Math.Max(1, Runs);
}
