namespace Zendesk.Simulator.Http;

/// <summary>
/// What the request pipeline needs to know about an API endpoint: its name in the request log, its
/// rate-limit bucket besides the account one, the plan feature it needs, whether it is a list
/// (ratelimit-* headers), whether it writes (OAuth then needs the write scope) and the OAuth resource
/// scope that also grants it (null: only the global read or write scope).
/// </summary>
internal sealed record EndpointInfo(string Name)
{
    public string? Bucket { get; init; }

    public string? Feature { get; init; }

    public bool List { get; init; }

    public bool Write { get; init; }

    public string? Scope { get; init; }
}
