namespace Zendesk.Singer.Tap.Configuration;

/// <summary>The config keys the tap reads; anything else in a config file earns a warning.</summary>
internal static class ConfigKeys
{
    public const string Subdomain = "subdomain";
    public const string StartDate = "start_date";
    public const string AccessToken = "access_token";
    public const string Email = "email";
    public const string ApiToken = "api_token";
    public const string RequestTimeout = "request_timeout";
    public const string PageSize = "page_size";
    public const string RefreshToken = "refresh_token";
    public const string ClientId = "client_id";
    public const string ClientSecret = "client_secret";
    public const string BaseUrl = "base_url";
    public const string MaxRequestsPerMinute = "max_requests_per_minute";
    public const string IncrementalRequestsPerMinute = "incremental_requests_per_minute";
    public const string TicketCommentsSource = "ticket_comments_source";
    public const string UserAgent = "user_agent";
    public const string RequestBudgets = "request_budgets";
    public const string SupportTypeScope = "support_type_scope";
    public const string Scope = "scope";
    public const string TokenFile = "token_file";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Subdomain, StartDate, AccessToken, Email, ApiToken, RequestTimeout, PageSize, RefreshToken,
        ClientId, ClientSecret, BaseUrl, MaxRequestsPerMinute, IncrementalRequestsPerMinute,
        TicketCommentsSource, UserAgent, RequestBudgets, SupportTypeScope, Scope, TokenFile,
    };
}
