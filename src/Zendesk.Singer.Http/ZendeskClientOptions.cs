namespace Zendesk.Singer.Http;

/// <summary>
/// How to reach one Zendesk account. Credentials are either <see cref="Email"/> + <see cref="ApiToken"/>
/// or <see cref="AccessToken"/> (OAuth), the latter refreshable when <see cref="RefreshToken"/>,
/// <see cref="ClientId"/> and <see cref="ClientSecret"/> are all given.
/// </summary>
internal sealed record ZendeskClientOptions
{
    public const int DefaultCoreRequestsPerMinute = 200;
    public const int DefaultIncrementalRequestsPerMinute = 10;

    /// <summary>E.g. <c>https://acme.zendesk.com</c>, or a proxy or simulator URL (a path prefix is kept).</summary>
    public required Uri BaseUri { get; init; }

    public string? Email { get; init; }

    public string? ApiToken { get; init; }

    public string? AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>Per attempt: sending the request and reading the whole body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary><see langword="null"/>: the running program's name and version, e.g. <c>tap-zendesk/0.1.0 (Zendesk.Singer)</c>.</summary>
    public string? UserAgent { get; init; }

    /// <summary>The core budget; <see langword="null"/> means "auto": adopt the account's <c>X-Rate-Limit</c>.</summary>
    public int? CoreRequestsPerMinute { get; init; } = DefaultCoreRequestsPerMinute;

    public int IncrementalRequestsPerMinute { get; init; } = DefaultIncrementalRequestsPerMinute;

    /// <summary>Off for benchmarks against a simulator without limits; 429s are still honoured.</summary>
    public bool BudgetsEnabled { get; init; } = true;

    /// <summary>Tries per request for server errors, 409, timeouts and broken connections (429s not counted).</summary>
    public int MaxTries { get; init; } = 8;

    internal bool CanRefresh => RefreshToken is not null && ClientId is not null && ClientSecret is not null && AccessToken is not null;
}
