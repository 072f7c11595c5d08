using System.Globalization;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.About;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>
/// Every config key the tap understands, with its default: the one source of <c>--about</c>, of the
/// unknown-key warning and of the defaults the config reader fills in.
/// </summary>
internal static class TapSettings
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

    public const int DefaultRequestTimeoutSeconds = 300;
    public const int DefaultListPageSize = 100;
    public const int DefaultExportPageSize = 1000;
    public const int DefaultMaxRequestsPerMinute = ZendeskClientOptions.DefaultCoreRequestsPerMinute;
    public const int DefaultIncrementalRequestsPerMinute = ZendeskClientOptions.DefaultIncrementalRequestsPerMinute;
    public const string DefaultScope = "read";

    /// <summary>The values of <see cref="TicketCommentsSource"/>, the default first.</summary>
    public static readonly string[] CommentsSources = ["ticket_events", "per_ticket"];

    /// <summary>The values of <see cref="SupportTypeScope"/>, the default first.</summary>
    public static readonly string[] SupportTypeScopes = ["all", "agent", "ai_agent"];

    public static readonly IReadOnlyList<SettingInfo> All =
    [
            new(Subdomain, "string", "The account's subdomain: \"acme\" for acme.zendesk.com (a full host name is reduced to it). Required unless base_url is set."),
            new(StartDate, "string", "Sync changes from this time (ISO 8601). Default: one year before the run.", Format: "date-time"),
            new(AccessToken, "string", "OAuth access token, used as given, or renewed with refresh_token (needs client_id and client_secret).", Secret: true),
            new(Email, "string", "The email of the user the API token belongs to (with api_token)."),
            new(ApiToken, "string", "Zendesk API token (with email). Zendesk turns every API token off on 2027-04-30: sign in with client_id and client_secret instead.", Secret: true),
            new(RefreshToken, "string", "OAuth refresh token (needs client_id and client_secret): the access token is renewed before it expires and on a 401, and the new pair is kept for the next run, in token_file or else back in this config file.", Secret: true),
            new(ClientId, "string", "OAuth client id. With client_secret and no access_token, the tap signs in with the OAuth client-credentials grant (the recommended sign-in)."),
            new(ClientSecret, "string", "OAuth client secret (with client_id).", Secret: true),
            new(Scope, "string", "The scope asked for with the client-credentials grant.", Default: DefaultScope),
            new(TokenFile, "string", "A file that keeps the rotated OAuth token pair between runs (created readable by its owner only, replaced whole), read in preference to access_token and refresh_token. Needed where the config file is written afresh for each run, as Meltano does."),
            new(BaseUrl, "string", "Reach the account at this URL instead of https://{subdomain}.zendesk.com (a proxy, or the simulator)."),
            new(RequestTimeout, "integer", "Seconds to wait for one answer before retrying.", Default: DefaultRequestTimeoutSeconds),
            new(PageSize, "integer", "Records per page: lists take at most 100 (the default), exports at most 1000 (the default)."),
            new(MaxRequestsPerMinute, "string", "The core request budget per minute, an integer, or \"auto\" to follow the account's X-Rate-Limit.", Default: DefaultMaxRequestsPerMinute.ToString(CultureInfo.InvariantCulture)),
            new(IncrementalRequestsPerMinute, "integer", "The incremental export budget per minute (30 with the High Volume add-on).", Default: DefaultIncrementalRequestsPerMinute),
            new(TicketCommentsSource, "string", "Where comments come from: the ticket events export (one export, no per-ticket requests) or one request per changed ticket (every comment field).", Default: CommentsSources[0], Allowed: CommentsSources),
            new(SupportTypeScope, "string", "Which tickets the ticket exports include: all (the default), or agent, Zendesk's own default, which leaves out tickets handled by AI agents with their metrics, audits and comments, or ai_agent for only those.", Default: SupportTypeScopes[0], Allowed: SupportTypeScopes),
            new(UserAgent, "string", "The User-Agent header sent to Zendesk."),
            new(RequestBudgets, "boolean", "false switches both request budgets off (only for a local simulator; 429s are still honoured).", Default: true),
    ];

    public static bool IsKnown(string key) => All.Any(s => s.Name == key);
}
