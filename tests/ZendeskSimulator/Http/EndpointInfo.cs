namespace Zendesk.Simulator.Http;

/// <summary>
/// What the request pipeline needs to know about an API endpoint: its name in the request log, its
/// rate-limit bucket besides the account one, the plan feature it needs, whether it is a list
/// (ratelimit-* headers) and the OAuth resource scope that also grants it (null: only global read).
/// </summary>
internal sealed record EndpointInfo(string Name)
{
    public string? Bucket { get; init; }

    public string? Feature { get; init; }

    public bool List { get; init; }

    public string? Scope { get; init; }
}
