namespace Zendesk.Simulator.Faults;

internal enum FaultKind
{
    /// <summary>429 with a Retry-After header.</summary>
    RateLimit,

    /// <summary>A 5xx status (500, 502, 503, 504), with or without Retry-After.</summary>
    ServerError,

    /// <summary>409 Conflict.</summary>
    Conflict,

    /// <summary>The normal response, after a delay.</summary>
    Slow,

    /// <summary>The connection is closed before any response.</summary>
    Drop,

    /// <summary>Part of the normal body is sent, then the connection is closed.</summary>
    Truncate,

    /// <summary>Every OAuth access token expires as the request arrives; the request goes on, and its own token is refused.</summary>
    ExpireTokens,
}
