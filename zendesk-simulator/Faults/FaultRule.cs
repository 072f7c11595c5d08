namespace Zendesk.Simulator.Faults;

/// <summary>A fault applied to the next <see cref="Count"/> API requests whose path starts with <see cref="PathPrefix"/> (and whose method is <see cref="Method"/>).</summary>
internal sealed record FaultRule(FaultKind Kind, int Count)
{
    /// <summary>Only requests whose path (without the .json suffix) starts with this; null for all API requests.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>The status for <see cref="FaultKind.ServerError"/> (default 503).</summary>
    public int Status { get; init; } = 503;

    /// <summary>The Retry-After header in seconds; null sends none (429 always sends one, default 1).</summary>
    public int? RetryAfterSeconds { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>Only requests with this HTTP method (e.g. POST); null for any.</summary>
    public string? Method { get; init; }

    /// <summary>
    /// For <see cref="FaultKind.ServerError"/> and <see cref="FaultKind.Drop"/>: the request is served
    /// first (its write takes effect) and only its answer is replaced by the error or the closed
    /// connection, as when a gateway loses the answer of a request the application completed. This is
    /// the case that shows a client must not resend a write that is not idempotent; without it the fault
    /// comes before anything runs.
    /// </summary>
    public bool AfterEffect { get; init; }
}
