namespace Zendesk.Simulator.Jobs;

/// <summary>
/// One item of a finished job's results. Zendesk's reference gives three shapes: a created record
/// ({"id","index"}), an updated one ({"id","action":"update","status":"Updated","success"}) and a
/// failed one ({"action","error","details","success":false}); observed bulk user results also carry
/// status "Created" and echo the email or external_id sent. The docs say nothing of a failed item's
/// status, or of its id when no user was found, so a failed item here says status "Failed" and carries
/// the id and action "update" only when it named an existing user.
/// </summary>
internal sealed record JobResult
{
    public required int Index { get; init; }

    public long? Id { get; init; }

    /// <summary>"update" for an update; null (left out) for a create, as the created shape has none.</summary>
    public string? Action { get; init; }

    public string? Status { get; init; }

    public required bool Success { get; init; }

    public string? Error { get; init; }

    public string? Details { get; init; }

    public string? Email { get; init; }

    public string? ExternalId { get; init; }
}
