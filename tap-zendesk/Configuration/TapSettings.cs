using Zendesk.Singer.Connection;
using Zendesk.Singer.Http;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Protocol.Maps;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>
/// Every config key the tap understands, with its default: the one source of <c>--about</c>, of the
/// unknown-key warning and of the defaults the config reader fills in.
/// </summary>
internal static class TapSettings
{
    public const string StartDate = "start_date";
    public const string EndDate = "end_date";
    public const string PageSize = "page_size";
    public const string IncrementalRequestsPerMinute = "incremental_requests_per_minute";
    public const string HelpCenterRequestsPerMinute = "help_center_requests_per_minute";
    public const string TicketCommentsSource = "ticket_comments_source";
    public const string TicketAuditsSource = "ticket_audits_source";
    public const string SupportTypeScope = "support_type_scope";
    public const string CustomTicketFieldsAsColumns = "custom_ticket_fields_as_columns";
    public const string BatchConfig = "batch_config";

    public const int DefaultListPageSize = 100;
    public const int DefaultExportPageSize = 1000;
    public const int DefaultHelpCenterRequestsPerMinute = ZendeskClientOptions.DefaultHelpCenterRequestsPerMinute;

    /// <summary>The scope the tap asks for with the client-credentials grant: it only reads.</summary>
    public const string DefaultScope = "read";

    /// <summary>The values of <see cref="TicketCommentsSource"/>, the default first.</summary>
    public static readonly string[] CommentsSources = ["ticket_events", "per_ticket"];

    /// <summary>The values of <see cref="TicketAuditsSource"/>, the default first.</summary>
    public static readonly string[] AuditsSources = ["per_ticket", "ticket_events"];

    /// <summary>The values of <see cref="SupportTypeScope"/>, the default first.</summary>
    public static readonly string[] SupportTypeScopes = ["all", "agent", "ai_agent"];

    private static readonly IReadOnlyList<SettingInfo> ConnectionInfos = ConnectionSettings.All(DefaultScope);

    public static readonly IReadOnlyList<SettingInfo> All =
    [
            Connection(ConnectionSettings.Subdomain),
            new(StartDate, "string", "Sync changes from this time (ISO 8601). Default: one year before the run.", Format: "date-time"),
            new(EndDate, "string", "Sync changes up to this time only (ISO 8601), a bounded backfill: the state then continues from it, so a later run without end_date misses and repeats nothing. Default: none.", Format: "date-time"),
            Connection(ConnectionSettings.AccessToken),
            Connection(ConnectionSettings.Email),
            Connection(ConnectionSettings.ApiToken),
            Connection(ConnectionSettings.RefreshToken),
            Connection(ConnectionSettings.ClientId),
            Connection(ConnectionSettings.ClientSecret),
            Connection(ConnectionSettings.Scope),
            Connection(ConnectionSettings.TokenFile),
            Connection(ConnectionSettings.BaseUrl),
            Connection(ConnectionSettings.RequestTimeout),
            new(PageSize, "integer", "Records per page: lists take at most 100 (the default), exports at most 1000 (the default)."),
            Connection(ConnectionSettings.MaxRequestsPerMinute),
            Connection(ConnectionSettings.RateLimitReserve),
            new(IncrementalRequestsPerMinute, "integer", "The incremental export budget per minute. Default: the limit Zendesk announces for the exports (10, or 30 with the High Volume add-on), starting from 10."),
            new(HelpCenterRequestsPerMinute, "integer", "The Help Center budget per minute (Help Center streams, read from each brand's host); Zendesk counts it apart from the Support API, with the plan's limit.", Default: DefaultHelpCenterRequestsPerMinute),
            new(TicketCommentsSource, "string", "Where comments come from: the ticket events export (one export, no per-ticket requests) or one request per changed ticket (every comment field).", Default: CommentsSources[0], Allowed: CommentsSources),
            new(TicketAuditsSource, "string", "Where audits come from: one request per changed ticket (every audit field, notifications included), or the ticket events export (no per-ticket requests; the README lists what it lacks).", Default: AuditsSources[0], Allowed: AuditsSources),
            new(SupportTypeScope, "string", "Which tickets the ticket exports include: all (the default), or agent, Zendesk's own default, which leaves out tickets handled by AI agents with their metrics, audits and comments, or ai_agent for only those.", Default: SupportTypeScopes[0], Allowed: SupportTypeScopes),
            new(CustomTicketFieldsAsColumns, "boolean", "Also give tickets one typed property per custom ticket field, named after the field, with the value its custom_fields entry holds (custom_fields stays). Discovery, and a sync without a catalog, then read the ticket field definitions.", Default: false),
            new(BatchConfig, "object", "Write each stream's records to JSON-lines files announced by BATCH messages instead of RECORD lines, in the Meltano SDK's shape: encoding (format jsonl; compression gzip, the default, or none), storage (root, a file:// URI or a directory; prefix, the start of every file name) and batch_size (records per file, default 10000). The files stay after the run. Default: none (RECORD messages)."),
            Connection(ConnectionSettings.UserAgent),
            Connection(ConnectionSettings.RequestBudgets),
            Connection(ConnectionSettings.RequestMetrics),
            new(MapSettings.StreamMaps, "object", MapSettings.StreamMapsDescription, Default: new JsonObject()),
            new(MapSettings.StreamMapConfig, "object", MapSettings.StreamMapConfigDescription, Default: new JsonObject()),
    ];

    public static bool IsKnown(string key) => All.Any(s => s.Name == key);

    private static SettingInfo Connection(string name) => ConnectionInfos.Single(s => s.Name == name);
}
