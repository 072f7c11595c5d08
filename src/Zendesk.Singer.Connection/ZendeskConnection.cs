using Zendesk.Singer.Http;

namespace Zendesk.Singer.Connection;

/// <summary>The account to reach and how: read once from a config file by <see cref="ConnectionReader"/>.</summary>
internal sealed record ZendeskConnection
{
    public string? Subdomain { get; init; }

    public required Uri BaseUri { get; init; }

    public string? AccessToken { get; init; }

    public string? Email { get; init; }

    public string? ApiToken { get; init; }

    public string? RefreshToken { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>When <see cref="AccessToken"/> expires, when a token file says so.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; init; }

    /// <summary>The scope asked for with the OAuth client-credentials grant.</summary>
    public required string Scope { get; init; }

    /// <summary>The file that keeps a rotated OAuth token pair between runs, or null to write it back into the config file.</summary>
    public string? TokenFile { get; init; }

    /// <summary>The config file read, where a rotated token pair goes back without a token file.</summary>
    public string? ConfigPath { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(ConnectionSettings.DefaultRequestTimeoutSeconds);

    /// <summary>The core budget; null means "auto" (follow the account's X-Rate-Limit header), the default.</summary>
    public int? MaxRequestsPerMinute { get; init; }

    /// <summary>With "auto", the share of the account's limit left to its other integrations, in percent.</summary>
    public int RateLimitReserve { get; init; } = ZendeskClientOptions.DefaultReservePercent;

    public string? UserAgent { get; init; }

    /// <summary>Switches the request budgets off; for benchmarks against a local account only.</summary>
    public bool BudgetsDisabled { get; init; }

    /// <summary>Log the Singer SDK's <c>http_request_duration</c> metric for every request.</summary>
    public bool RequestMetrics { get; init; }

    /// <summary>The client's options for this connection; the incremental and Help Center budgets are the tap's alone.</summary>
    public ZendeskClientOptions ClientOptions(
        int? incrementalRequestsPerMinute = ZendeskClientOptions.DefaultIncrementalRequestsPerMinute,
        int helpCenterRequestsPerMinute = ZendeskClientOptions.DefaultHelpCenterRequestsPerMinute) => new()
    {
        BaseUri = BaseUri,
        Email = Email,
        ApiToken = ApiToken,
        AccessToken = AccessToken,
        RefreshToken = RefreshToken,
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        AccessTokenExpiresAt = AccessTokenExpiresAt,
        Scope = Scope,
        TokenKeeper = TokenFile is { } tokenFile ? new TokenFile(tokenFile) : ConfigPath is { } configPath ? new ConfigFileTokens(configPath) : null,
        RequestTimeout = RequestTimeout,
        UserAgent = UserAgent,
        CoreRequestsPerMinute = MaxRequestsPerMinute,
        ReservePercent = RateLimitReserve,
        IncrementalRequestsPerMinute = incrementalRequestsPerMinute,
        HelpCenterRequestsPerMinute = helpCenterRequestsPerMinute,
        BudgetsEnabled = !BudgetsDisabled,
        RequestMetrics = RequestMetrics,
    };
}
