using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.About;

namespace Zendesk.Singer.Connection;

/// <summary>
/// The config keys that say which Zendesk account to reach and how to sign in to it, with their
/// defaults: the same keys, meanings and checks in every program that talks to an account.
/// </summary>
internal static class ConnectionSettings
{
    public const string Subdomain = "subdomain";
    public const string BaseUrl = "base_url";
    public const string AccessToken = "access_token";
    public const string Email = "email";
    public const string ApiToken = "api_token";
    public const string RefreshToken = "refresh_token";
    public const string ClientId = "client_id";
    public const string ClientSecret = "client_secret";
    public const string Scope = "scope";
    public const string TokenFile = "token_file";
    public const string RequestTimeout = "request_timeout";
    public const string MaxRequestsPerMinute = "max_requests_per_minute";
    public const string RateLimitReserve = "rate_limit_reserve";
    public const string UserAgent = "user_agent";
    public const string RequestBudgets = "request_budgets";
    public const string RequestMetrics = "request_metrics";

    public const int DefaultRequestTimeoutSeconds = 300;
    public const string DefaultMaxRequestsPerMinute = "auto";

    /// <summary>The keys whose values are secrets: registered with the log before anything is checked.</summary>
    public static readonly string[] Secrets = [AccessToken, ApiToken, RefreshToken, ClientSecret];

    /// <param name="defaultScope">The scope a program asks for with the client-credentials grant: what it needs and no more.</param>
    public static IReadOnlyList<SettingInfo> All(string defaultScope) =>
    [
        new(Subdomain, "string", "The account's subdomain: \"acme\" for acme.zendesk.com (a full host name is reduced to it). Required unless base_url is set."),
        new(AccessToken, "string", "OAuth access token, used as given, or renewed with refresh_token (needs client_id and client_secret).", Secret: true),
        new(Email, "string", "The email of the user the API token belongs to (with api_token).", Format: "email"),
        new(ApiToken, "string", "Zendesk API token (with email). Zendesk turns every API token off on 2027-04-30: sign in with client_id and client_secret instead.", Secret: true),
        new(RefreshToken, "string", "OAuth refresh token (needs client_id and client_secret): the access token is renewed before it expires and on a 401, and the new pair is kept for the next run, in token_file or else back in this config file.", Secret: true),
        new(ClientId, "string", "OAuth client id. With client_secret and no access_token, the program signs in with the OAuth client-credentials grant (the recommended sign-in)."),
        new(ClientSecret, "string", "OAuth client secret (with client_id).", Secret: true),
        new(Scope, "string", "The scope asked for with the client-credentials grant.", Default: defaultScope),
        new(TokenFile, "string", "A file that keeps the rotated OAuth token pair between runs (created readable by its owner only, replaced whole), read in preference to access_token and refresh_token. Needed where the config file is written afresh for each run, as Meltano does."),
        new(BaseUrl, "string", "Reach the account at this URL instead of https://{subdomain}.zendesk.com (a proxy, or the simulator)."),
        new(RequestTimeout, "integer", "Seconds to wait for one answer before retrying.", Default: DefaultRequestTimeoutSeconds),
        new(MaxRequestsPerMinute, "string", "The core request budget per minute: \"auto\" follows the limit the account announces (X-Rate-Limit) less rate_limit_reserve, and gives way when the account's other clients use more; or a fixed integer.", Default: DefaultMaxRequestsPerMinute),
        new(RateLimitReserve, "integer", "With max_requests_per_minute \"auto\", the share of the account's limit, in percent (0 to 90), left to the account's other integrations.", Default: ZendeskClientOptions.DefaultReservePercent),
        new(UserAgent, "string", "The User-Agent header sent to Zendesk."),
        new(RequestBudgets, "boolean", "false switches the request budgets off (only for a local simulator; 429s are still honoured).", Default: true),
        new(RequestMetrics, "boolean", "Log the Singer SDK's http_request_duration metric (a METRIC line on stderr) for every request to Zendesk.", Default: false),
    ];
}
