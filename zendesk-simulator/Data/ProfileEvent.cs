namespace Zendesk.Simulator.Data;

/// <summary>A Sunshine event tracked against a profile, with the profile and user it was stored against.</summary>
internal sealed record ProfileEvent
{
    public required string ProfileSource { get; init; }

    public required string ProfileType { get; init; }

    public string? ProfileName { get; init; }

    public required IReadOnlyList<ProfileIdentifier> Identifiers { get; init; }

    public required string Source { get; init; }

    public required string Type { get; init; }

    public string? Description { get; init; }

    /// <summary>The event's properties object as sent (JSON text).</summary>
    public required string Properties { get; init; }

    /// <summary>The created_at sent; when none was, the time the event was received.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset Received { get; init; }

    /// <summary>The event's id (a ULID, as Sunshine's); set when the event is tracked.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The profile the event is stored against; set when the event is tracked.</summary>
    public string ProfileId { get; init; } = string.Empty;

    /// <summary>The Zendesk user the profile belongs to; set when the event is tracked.</summary>
    public long UserId { get; init; }
}
