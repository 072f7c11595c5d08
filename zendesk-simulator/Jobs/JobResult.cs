namespace Zendesk.Simulator.Jobs;

/// <summary>
/// One item of a finished job's results. Zendesk's bulk user results carry the index, the id, an
/// action and a status ("Created", "Updated") and echo the email or external_id that identified the
/// user; a failed item carries error and details instead of an id when nothing was written.
/// </summary>
internal sealed record JobResult
{
    public required int Index { get; init; }

    public long? Id { get; init; }

    public required string Action { get; init; }

    public string? Status { get; init; }

    public required bool Success { get; init; }

    public string? Error { get; init; }

    public string? Details { get; init; }

    public string? Email { get; init; }

    public string? ExternalId { get; init; }
}
