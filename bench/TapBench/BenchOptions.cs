using CommandLine;

namespace Zendesk.Singer.Bench;

/// <summary>The bench's command line.</summary>
internal sealed record BenchOptions
{
    [Option("tickets", Default = 100_000, MetaValue = "N", HelpText = "Tickets of the account for records per second and peak memory.")]
    public int Tickets { get; init; }

    [Option("memory-tickets", Separator = ',', MetaValue = "N,N,...", HelpText = "Further account sizes at which peak memory is measured, to show it does not grow (default: 10000).")]
    public IEnumerable<int>? MoreSizes { get; init; }

    [Option("full-tickets", Default = 20_000, MetaValue = "N", HelpText = "Tickets of the account synced with every stream, for requests per 10,000 tickets.")]
    public int FullTickets { get; init; }

    [Option("budget-tickets", Default = 1_000, MetaValue = "N", HelpText = "Tickets of the accounts synced at the default budget on a scaled clock.")]
    public int BudgetTickets { get; init; }

    [Option("scale", Default = 6.0, MetaValue = "X", HelpText = "How many times faster than real time the budgets' minute passes.")]
    public double Scale { get; init; }

    [Option("ticket-field-columns", HelpText = "The tap's custom_ticket_fields_as_columns in the tickets-only runs.")]
    public bool TicketFieldColumns { get; init; }

    [Option("tickets-only", HelpText = "Only the tickets-only runs (records per second and peak memory).")]
    public bool TicketsOnly { get; init; }

    [Option("budget-only", HelpText = "Only the runs at the default budget on the simulated Enterprise and Team accounts.")]
    public bool BudgetOnly { get; init; }

    [Option("batch", MetaValue = "DIR", HelpText = "Repeat each tickets-only run with batch_config writing gzip files to DIR (removed after).")]
    public string? Batch { get; init; }

    public IReadOnlyList<int> MemoryTickets => MoreSizes is { } sizes && sizes.Any() ? [.. sizes] : [10_000];

    public string? BatchDirectory => Batch is null ? null : Path.GetFullPath(Batch);
}
