using System.Globalization;

namespace Zendesk.Singer.Bench;

/// <summary>
/// The bench's knobs: <c>--tickets</c>, <c>--memory-tickets</c>, <c>--full-tickets</c>, <c>--budget-tickets</c>, <c>--scale</c>,
/// <c>--ticket-field-columns</c>, <c>--tickets-only</c>, <c>--budget-only</c>, <c>--batch</c>.
/// </summary>
internal sealed record BenchOptions
{
    /// <summary>Tickets of the account for records per second and peak memory.</summary>
    public int Tickets { get; init; } = 100_000;

    /// <summary>Further account sizes at which peak memory is measured, to show it does not grow.</summary>
    public IReadOnlyList<int> MemoryTickets { get; init; } = [10_000];

    /// <summary>Tickets of the account synced with every stream, for requests per 10,000 tickets.</summary>
    public int FullTickets { get; init; } = 20_000;

    /// <summary>Tickets of the accounts synced at the default budget on a scaled clock.</summary>
    public int BudgetTickets { get; init; } = 1_000;

    /// <summary>How many times faster than real time the budgets' minute passes.</summary>
    public double Scale { get; init; } = 6;

    /// <summary>The tap's <c>custom_ticket_fields_as_columns</c> in the tickets-only runs.</summary>
    public bool TicketFieldColumns { get; init; }

    /// <summary>Only the tickets-only runs (records per second and peak memory).</summary>
    public bool TicketsOnly { get; init; }

    /// <summary>Only the runs at the default budget on the simulated Enterprise and Team accounts.</summary>
    public bool BudgetOnly { get; init; }

    /// <summary>A directory for batch files: the tickets-only runs are each repeated with <c>batch_config</c> writing there.</summary>
    public string? BatchDirectory { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--tickets" => options with { Tickets = Int(value) },
                "--memory-tickets" => options with { MemoryTickets = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Int)] },
                "--full-tickets" => options with { FullTickets = Int(value) },
                "--budget-tickets" => options with { BudgetTickets = Int(value) },
                "--scale" => options with { Scale = double.Parse(value, CultureInfo.InvariantCulture) },
                "--ticket-field-columns" => options with { TicketFieldColumns = bool.Parse(value) },
                "--tickets-only" => options with { TicketsOnly = bool.Parse(value) },
                "--budget-only" => options with { BudgetOnly = bool.Parse(value) },
                "--batch" => options with { BatchDirectory = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}; see bench/TapBench/Program.cs"),
            };
        }

        return options;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
