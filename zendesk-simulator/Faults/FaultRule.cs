namespace Zendesk.Simulator.Faults;

/// <summary>A fault applied to the next <see cref="Count"/> API requests whose path starts with <see cref="PathPrefix"/>.</summary>
internal sealed record FaultRule(FaultKind Kind, int Count)
{
    /// <summary>Only requests whose path (without the .json suffix) starts with this; null for all API requests.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>The status for <see cref="FaultKind.ServerError"/> (default 503).</summary>
    public int Status { get; init; } = 503;

    /// <summary>The Retry-After header in seconds; null sends none (429 always sends one, default 1).</summary>
    public int? RetryAfterSeconds { get; init; }

    public TimeSpan Delay { get; init; }
}
