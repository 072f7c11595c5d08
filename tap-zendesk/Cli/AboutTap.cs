using System.Reflection;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Tap.Configuration;

namespace Zendesk.Singer.Tap.Cli;

/// <summary>What <c>--about</c> says: the capabilities Meltano looks for and every config key.</summary>
internal static class AboutTap
{
    public static AboutInfo Info { get; } = new(
        "tap-zendesk",
        "Singer tap for the Zendesk Support API: every stream, exact incremental state, shared rate budgets.",
        Version,
        ["catalog", "discover", "state", "about"],
        [
            new(ConfigKeys.Subdomain, "string", "The account's subdomain: \"acme\" for acme.zendesk.com (a full host name is reduced to it). Required unless base_url is set."),
            new(ConfigKeys.StartDate, "string", "Sync changes from this time (ISO 8601). Default: one year before the run.", Format: "date-time"),
            new(ConfigKeys.AccessToken, "string", "OAuth access token, used as given, or renewed with refresh_token (needs client_id and client_secret).", Secret: true),
            new(ConfigKeys.Email, "string", "The email of the user the API token belongs to (with api_token)."),
            new(ConfigKeys.ApiToken, "string", "Zendesk API token (with email). Zendesk turns every API token off on 2027-04-30: sign in with client_id and client_secret instead.", Secret: true),
            new(ConfigKeys.RefreshToken, "string", "OAuth refresh token (needs client_id and client_secret): the access token is renewed before it expires and on a 401, and the new pair is kept for the next run, in token_file or else back in this config file.", Secret: true),
            new(ConfigKeys.ClientId, "string", "OAuth client id. With client_secret and no access_token, the tap signs in with the OAuth client-credentials grant (the recommended sign-in)."),
            new(ConfigKeys.ClientSecret, "string", "OAuth client secret (with client_id).", Secret: true),
            new(ConfigKeys.Scope, "string", "The scope asked for with the client-credentials grant.", Default: JsonValue.Create(TapConfig.DefaultScope)),
            new(ConfigKeys.TokenFile, "string", "A file that keeps the rotated OAuth token pair between runs (created readable by its owner only, replaced whole), read in preference to access_token and refresh_token. Needed where the config file is written afresh for each run, as Meltano does."),
            new(ConfigKeys.BaseUrl, "string", "Reach the account at this URL instead of https://{subdomain}.zendesk.com (a proxy, or the simulator)."),
            new(ConfigKeys.RequestTimeout, "integer", "Seconds to wait for one answer before retrying.", Default: JsonValue.Create(300)),
            new(ConfigKeys.PageSize, "integer", "Records per page: lists take at most 100 (the default), exports at most 1000 (the default)."),
            new(ConfigKeys.MaxRequestsPerMinute, "string", "The core request budget per minute, an integer, or \"auto\" to follow the account's X-Rate-Limit.", Default: JsonValue.Create("200")),
            new(ConfigKeys.IncrementalRequestsPerMinute, "integer", "The incremental export budget per minute (30 with the High Volume add-on).", Default: JsonValue.Create(10)),
            new(ConfigKeys.TicketCommentsSource, "string", "Where comments come from: the ticket events export (one export, no per-ticket requests) or one request per changed ticket (every comment field).", Default: JsonValue.Create("ticket_events"), Allowed: ["ticket_events", "per_ticket"]),
            new(ConfigKeys.SupportTypeScope, "string", "Which tickets the ticket exports include: all (the default), or agent, Zendesk's own default, which leaves out tickets handled by AI agents with their metrics, audits and comments, or ai_agent for only those.", Default: JsonValue.Create(TapConfig.DefaultSupportTypeScope), Allowed: ["all", "agent", "ai_agent"]),
            new(ConfigKeys.UserAgent, "string", "The User-Agent header sent to Zendesk."),
            new(ConfigKeys.RequestBudgets, "boolean", "false switches both request budgets off (only for a local simulator; 429s are still honoured).", Default: JsonValue.Create(true)),
        ]);

    private static string Version
    {
        get
        {
            var version = typeof(AboutTap).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }
}
