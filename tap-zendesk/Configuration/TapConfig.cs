namespace Zendesk.Singer.Tap.Configuration;

/// <summary>The tap's settings, validated once when the config file is read.</summary>
internal sealed record TapConfig
{
    public string? Subdomain { get; init; }

    public required Uri BaseUri { get; init; }

    public required DateTimeOffset StartDate { get; init; }

    public string? AccessToken { get; init; }

    public string? Email { get; init; }

    public string? ApiToken { get; init; }

    public string? RefreshToken { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>When <see cref="AccessToken"/> expires, when a token file says so.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; init; }

    /// <summary>The scope asked for with the OAuth client-credentials grant.</summary>
    public string Scope { get; init; } = TapSettings.DefaultScope;

    /// <summary>The file that keeps a rotated OAuth token pair between runs, or null to write it back into the config file.</summary>
    public string? TokenFile { get; init; }

    /// <summary>The config file read, where a rotated token pair goes back without a token file.</summary>
    public string? ConfigPath { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(TapSettings.DefaultRequestTimeoutSeconds);

    public int ListPageSize { get; init; } = TapSettings.DefaultListPageSize;

    public int ExportPageSize { get; init; } = TapSettings.DefaultExportPageSize;

    /// <summary>The core budget; null means "auto" (follow the account's X-Rate-Limit header).</summary>
    public int? MaxRequestsPerMinute { get; init; } = TapSettings.DefaultMaxRequestsPerMinute;

    public int IncrementalRequestsPerMinute { get; init; } = TapSettings.DefaultIncrementalRequestsPerMinute;

    public CommentsSource CommentsSource { get; init; } = CommentsSource.TicketEvents;

    /// <summary>
    /// Which tickets the ticket exports include: <c>all</c>, or Zendesk's own default <c>agent</c>, which
    /// leaves out tickets handled by AI agents (with their metrics, audits and comments), or <c>ai_agent</c>.
    /// </summary>
    public string SupportTypeScope { get; init; } = TapSettings.SupportTypeScopes[0];

    public string? UserAgent { get; init; }

    /// <summary>Switches the request budgets off; for benchmarks against a local account only.</summary>
    public bool BudgetsDisabled { get; init; }

    /// <summary>How many per-record requests (a ticket's audits or comments, a user's identities) run at once.</summary>
    public int ParentChildParallelism { get; init; } = 8;

    public IEnumerable<string> Secrets =>
        new[] { AccessToken, ApiToken, RefreshToken, ClientSecret }.OfType<string>();
}
