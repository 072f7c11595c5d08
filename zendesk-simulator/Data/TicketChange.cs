namespace Zendesk.Simulator.Data;

/// <summary>An agent's update of a ticket; null members stay as they are. A comment makes it a comment update.</summary>
internal sealed record TicketChange
{
    public string? Status { get; init; }

    public string? Priority { get; init; }

    public string? Subject { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public long? AssigneeId { get; init; }

    /// <summary>Custom field values by field id: string, long, double, bool, string list, JsonElement or null.</summary>
    public IReadOnlyDictionary<long, object?>? CustomFields { get; init; }

    public string? Comment { get; init; }

    public bool PublicComment { get; init; } = true;

    /// <summary>Who makes the update (default: the assignee, or the account owner).</summary>
    public long? AuthorId { get; init; }
}
