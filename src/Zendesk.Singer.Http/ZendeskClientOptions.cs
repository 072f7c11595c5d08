namespace Zendesk.Singer.Http;

/// <summary>
/// How to reach one Zendesk account. Credentials are <see cref="ClientId"/> + <see cref="ClientSecret"/>
/// alone (the OAuth client-credentials grant), or <see cref="AccessToken"/> (OAuth; renewed with
/// <see cref="RefreshToken"/> when the client is given too), or <see cref="Email"/> + <see cref="ApiToken"/>.
/// </summary>
internal sealed record ZendeskClientOptions
{
    public const int DefaultCoreRequestsPerMinute = 200;
    public const int DefaultIncrementalRequestsPerMinute = 10;

    /// <summary>The share of the account's limit, in percent, "auto" leaves to the account's other integrations.</summary>
    public const int DefaultReservePercent = 10;

    /// <summary>The Help Center's limit equals the plan's Support limit, counted apart: the lowest paid plan's.</summary>
    public const int DefaultHelpCenterRequestsPerMinute = 200;

    /// <summary>E.g. <c>https://acme.zendesk.com</c>, or a proxy or simulator URL (a path prefix is kept).</summary>
    public required Uri BaseUri { get; init; }

    public string? Email { get; init; }

    public string? ApiToken { get; init; }

    public string? AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>When <see cref="AccessToken"/> expires, if known (a token kept by an earlier run).</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; init; }

    /// <summary>The scope asked for with the client-credentials grant.</summary>
    public string Scope { get; init; } = "read";

    /// <summary>The lifetime asked for each new access token (Zendesk takes 5 minutes to 2 days).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Where a rotated refresh-token pair is kept for the next run, or null.</summary>
    public ITokenKeeper? TokenKeeper { get; init; }

    /// <summary>Per attempt: sending the request and reading the whole body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Log the Singer SDK's <c>http_request_duration</c> metric for every attempt.</summary>
    public bool RequestMetrics { get; init; }

    /// <summary><see langword="null"/>: the running program's name and version, e.g. <c>tap-zendesk/0.1.0 (Zendesk.Singer)</c>.</summary>
    public string? UserAgent { get; init; }

    /// <summary>The core budget; <see langword="null"/> means "auto": follow the account's <c>X-Rate-Limit</c> less <see cref="ReservePercent"/>.</summary>
    public int? CoreRequestsPerMinute { get; init; } = DefaultCoreRequestsPerMinute;

    /// <summary>With "auto", the share of the account's limit left to its other integrations, in percent.</summary>
    public int ReservePercent { get; init; } = DefaultReservePercent;

    /// <summary>The incremental exports' budget; <see langword="null"/>: follow the total Zendesk announces for them, from the documented 10.</summary>
    public int? IncrementalRequestsPerMinute { get; init; } = DefaultIncrementalRequestsPerMinute;

    public int HelpCenterRequestsPerMinute { get; init; } = DefaultHelpCenterRequestsPerMinute;

    /// <summary>Off for benchmarks against a simulator without limits; 429s are still honoured.</summary>
    public bool BudgetsEnabled { get; init; } = true;

    /// <summary>Tries per request for server errors, 409, timeouts and broken connections (429s not counted).</summary>
    public int MaxTries { get; init; } = 8;

    /// <summary>How new access tokens are obtained, if they are.</summary>
    internal OAuthGrant Grant => (ClientId, ClientSecret, RefreshToken, AccessToken) switch
    {
        (null, _, _, _) or (_, null, _, _) => OAuthGrant.None,
        (_, _, not null, _) => OAuthGrant.RefreshToken,
        (_, _, null, null) => OAuthGrant.ClientCredentials,
        _ => OAuthGrant.None,
    };
}
