namespace Zendesk.Simulator.Data;

/// <summary>The tickets of a new account and everything indexed from their histories.</summary>
internal sealed record GeneratedTickets(
    TicketStore Store,
    long[] EventKeys,
    long[] MetricKeys,
    long[] RatingKeys,
    SkipStore Skips,
    IReadOnlyList<ActivitySpec> Activities,
    IReadOnlyList<(string Name, int Count)> Tags);
