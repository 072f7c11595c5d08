using Zendesk.Singer.Tap.Configuration;
using static Zendesk.Singer.Protocol.Catalog.ReplicationMethods;
using static Zendesk.Singer.Tap.Streams.PagingStyle;

namespace Zendesk.Singer.Tap.Streams;

/// <summary>
/// Every stream the tap offers, one line each. What a line cannot say lives beside the extractors:
/// Sync/Tickets (which tickets are worth a request for their children, how a comment read per ticket
/// is written, the streams derived from ticket events), Sync/SideConversations (side conversations
/// with their side-loaded events), Sync/HelpCenter (every brand's help center on its own host),
/// Sync/Snapshots (an endpoint that answers one object) and Sync/Routing (routing condition
/// definitions, the agents' skill events). Everything else is read by the generic extractors from
/// this table alone; an endpoint that answers bare strings (macro categories, help center locales)
/// says on its line what record each string becomes.
/// </summary>
internal static class StreamTable
{
    private static readonly string[] Id = ["id"];
    private const string Community = "the help center community (Guide Professional, in Suite Growth and up)";
    private const string Routing = "skill-based routing (Enterprise)";
    private const string GuideAccess = "restricted help center content (Guide Professional, in Suite Growth and up)";

    public static IReadOnlyList<StreamDefinition> All { get; } =
    [
        new("tickets", "/api/v2/incremental/tickets/cursor", "tickets", Id, Incremental, "generated_timestamp", CursorExport, SupportScoped: true),
        new("ticket_metrics", "", "metric_set", Id, Incremental, "updated_at", Parent, Parent: "tickets", Query: "include=metric_sets"),
        new("ticket_audits", "/api/v2/tickets/{id}/audits", "audits", Id, Incremental, "created_at", Cursor, Parent: "tickets"),
        new("ticket_events", "/api/v2/incremental/ticket_events", "ticket_events", Id, Incremental, "timestamp", TimeExport, SupportScoped: true),
        new("ticket_comments", "", "child_events", Id, Incremental, "created_at", Parent, Parent: "ticket_events", Query: "include=comment_events"),
        new("attachments", "", "attachments", Id, Incremental, "created_at", Parent, Parent: "ticket_comments", Query: "include=comment_events"),
        new("ticket_metric_events", "/api/v2/incremental/ticket_metric_events", "ticket_metric_events", Id, Incremental, "time", TimeExport),
        new("users", "/api/v2/incremental/users/cursor", "users", Id, Incremental, "updated_at", CursorExport),
        new("user_identities", "/api/v2/users/{id}/identities", "identities", Id, Incremental, "updated_at", Cursor, Parent: "users", Query: "include=identities"),
        new("organizations", "/api/v2/incremental/organizations", "organizations", Id, Incremental, "updated_at", TimeExport),
        new("groups", "/api/v2/groups", "groups", Id, Incremental, "updated_at", Cursor),
        new("group_memberships", "/api/v2/group_memberships", "group_memberships", Id, Incremental, "updated_at", Cursor),
        new("organization_memberships", "/api/v2/organization_memberships", "organization_memberships", Id, Incremental, "updated_at", Cursor),
        new("macros", "/api/v2/macros", "macros", Id, Incremental, "updated_at", Cursor),
        new("satisfaction_ratings", "/api/v2/satisfaction_ratings", "satisfaction_ratings", Id, Incremental, "updated_at", Cursor, PlanNote: "customer satisfaction ratings (Support Professional or Suite Growth and up)", Filter: ServerFilter.StartTime),
        new("sla_policies", "/api/v2/slas/policies", "sla_policies", Id, FullTable, null, SinglePage, PlanNote: "SLA policies (Support Professional or Suite Growth and up)"),
        new("tags", "/api/v2/tags", "tags", ["name"], FullTable, null, Cursor),
        new("talk_phone_numbers", "/api/v2/channels/voice/phone_numbers", "phone_numbers", Id, FullTable, null, Offset, PlanNote: "Zendesk Talk"),
        new("ticket_fields", "/api/v2/ticket_fields", "ticket_fields", Id, Incremental, "updated_at", Cursor),
        new("ticket_forms", "/api/v2/ticket_forms", "ticket_forms", Id, Incremental, "updated_at", Cursor, PlanNote: "multiple ticket forms (Support Enterprise or Suite Growth and up)"),
        new("ticket_skips", "/api/v2/skips", "skips", Id, Incremental, "updated_at", Cursor),
        new("activities", "/api/v2/activities", "activities", Id, Incremental, "updated_at", Cursor, Filter: ServerFilter.Since),
        new("audit_logs", "/api/v2/audit_logs", "audit_logs", Id, Incremental, "created_at", Cursor, PlanNote: "audit logs (Enterprise)", Filter: ServerFilter.CreatedAtWindow),
        new("brands", "/api/v2/brands", "brands", Id, Incremental, "updated_at", Cursor),
        new("custom_roles", "/api/v2/custom_roles", "custom_roles", Id, Incremental, "updated_at", SinglePage, PlanNote: "custom agent roles (Enterprise)"),
        new("schedules", "/api/v2/business_hours/schedules", "schedules", Id, Incremental, "updated_at", SinglePage, PlanNote: "business hours schedules (Support Professional or Suite Growth and up)"),
        new("user_fields", "/api/v2/user_fields", "user_fields", Id, Incremental, "updated_at", Cursor, PlanNote: "custom user fields (Support Professional or Suite Growth and up)"),
        new("organization_fields", "/api/v2/organization_fields", "organization_fields", Id, Incremental, "updated_at", Cursor, PlanNote: "custom organization fields (Support Professional or Suite Growth and up)"),
        new("views", "/api/v2/views", "views", Id, Incremental, "updated_at", Cursor),
        new("triggers", "/api/v2/triggers", "triggers", Id, Incremental, "updated_at", Cursor),
        new("automations", "/api/v2/automations", "automations", Id, Incremental, "updated_at", Cursor),

        // Ticket-side streams: statuses, reasons, deleted and suspended records, and the field histories of ticket events.
        new("custom_statuses", "/api/v2/custom_statuses", "custom_statuses", Id, Incremental, "updated_at", SinglePage),
        new("satisfaction_reasons", "/api/v2/satisfaction_reasons", "reasons", Id, Incremental, "updated_at", SinglePage, PlanNote: "satisfaction reasons (Support Professional or Suite Growth and up)"),
        new("deleted_tickets", "/api/v2/deleted_tickets", "deleted_tickets", Id, Incremental, "deleted_at", Cursor),
        new("deleted_users", "/api/v2/deleted_users", "deleted_users", Id, Incremental, "updated_at", Cursor),
        new("suspended_tickets", "/api/v2/suspended_tickets", "suspended_tickets", Id, FullTable, null, Cursor),
        new("side_conversations", "/api/v2/tickets/{id}/side_conversations", "side_conversations", Id, Incremental, "updated_at", Cursor, Parent: "tickets", PlanNote: "side conversations (Suite Growth and up, or the Collaboration add-on)"),
        new("side_conversation_events", "", "events", Id, Incremental, "created_at", Parent, Parent: "side_conversations"),
        new("ticket_field_history", "", "child_events", Id, Incremental, "updated_at", Parent, Parent: "ticket_events"),
        new("ticket_tag_history", "", "child_events", ["event_id", "tag"], Incremental, "updated_at", Parent, Parent: "ticket_events"),

        // Help Center and community, read from every brand with a help center on the brand's own host.
        new("articles", "/api/v2/help_center/incremental/articles", "articles", Id, Incremental, "updated_at", TimeExport),
        new("article_comments", "/api/v2/help_center/articles/{id}/comments", "comments", Id, Incremental, "updated_at", Cursor, Parent: "articles"),
        new("article_votes", "/api/v2/help_center/articles/{id}/votes", "votes", Id, Incremental, "updated_at", Cursor, Parent: "articles"),
        new("article_attachments", "/api/v2/help_center/articles/{id}/attachments", "article_attachments", Id, Incremental, "updated_at", Cursor, Parent: "articles"),
        new("article_comment_votes", "/api/v2/help_center/articles/{parent_id}/comments/{id}/votes", "votes", Id, Incremental, "updated_at", Cursor, Parent: "article_comments"),
        new("categories", "/api/v2/help_center/categories", "categories", Id, Incremental, "updated_at", Cursor),
        new("sections", "/api/v2/help_center/sections", "sections", Id, Incremental, "updated_at", Cursor),
        new("topics", "/api/v2/community/topics", "topics", Id, Incremental, "updated_at", Cursor, PlanNote: Community),
        new("posts", "/api/v2/community/posts", "posts", Id, Incremental, "updated_at", Cursor, PlanNote: Community),
        new("post_comments", "/api/v2/community/posts/{id}/comments", "comments", Id, Incremental, "updated_at", Cursor, Parent: "posts", PlanNote: Community),
        new("post_votes", "/api/v2/community/posts/{id}/votes", "votes", Id, Incremental, "updated_at", Cursor, Parent: "posts", PlanNote: Community),
        new("post_comment_votes", "/api/v2/community/posts/{parent_id}/comments/{id}/votes", "votes", Id, Incremental, "updated_at", Cursor, Parent: "post_comments", PlanNote: Community),
        new("user_segments", "/api/v2/help_center/user_segments", "user_segments", Id, Incremental, "updated_at", Cursor, PlanNote: GuideAccess),
        new("permission_groups", "/api/v2/guide/permission_groups", "permission_groups", Id, Incremental, "updated_at", Cursor, PlanNote: GuideAccess),
        new("help_center_locales", "/api/v2/help_center/locales", "locales", ["brand_id", "locale"], FullTable, null, SinglePage, Strings: new("locale", DefaultKey: "default_locale")),

        // Zendesk Talk: its call and leg exports, its stats snapshots and its set-up.
        new("calls", "/api/v2/channels/voice/stats/incremental/calls", "calls", Id, Incremental, "updated_at", TimeExport, PlanNote: "Zendesk Talk"),
        new("call_legs", "/api/v2/channels/voice/stats/incremental/legs", "legs", Id, Incremental, "updated_at", TimeExport, PlanNote: "Zendesk Talk"),
        new("talk_agents_activity", "/api/v2/channels/voice/stats/agents_activity", "agents_activity", ["agent_id"], FullTable, null, Offset, PlanNote: "Zendesk Talk"),
        new("talk_current_queue_activity", "/api/v2/channels/voice/stats/current_queue_activity", "current_queue_activity", [], FullTable, null, SingleObject, PlanNote: "Zendesk Talk"),
        new("talk_addresses", "/api/v2/channels/voice/addresses", "addresses", Id, FullTable, null, Offset, PlanNote: "Zendesk Talk"),
        new("talk_greetings", "/api/v2/channels/voice/greetings", "greetings", Id, FullTable, null, Offset, PlanNote: "Zendesk Talk"),
        new("talk_greeting_categories", "/api/v2/channels/voice/greeting_categories", "greeting_categories", Id, FullTable, null, Offset, PlanNote: "Zendesk Talk"),
        new("talk_ivrs", "/api/v2/channels/voice/ivr", "ivrs", Id, FullTable, null, Offset, PlanNote: "Zendesk Talk"),
        new("talk_lines", "/api/v2/channels/voice/lines", "lines", Id, FullTable, null, Offset, PlanNote: "Zendesk Talk"),
        new("talk_settings", "/api/v2/channels/voice/settings", "settings", [], FullTable, null, SingleObject, PlanNote: "Zendesk Talk"),

        // Account configuration: business rules and their history, content, channels, access and custom data.
        new("trigger_categories", "/api/v2/trigger_categories", "trigger_categories", Id, Incremental, "updated_at", Cursor),
        new("trigger_revisions", "/api/v2/triggers/{id}/revisions", "trigger_revisions", Id, Incremental, "created_at", SinglePage, Parent: "triggers", PlanNote: "trigger revision history (Enterprise)", ChangesWithParent: true),
        new("macro_categories", "/api/v2/macros/categories", "categories", ["name"], FullTable, null, SinglePage, Strings: new("name")),
        new("dynamic_content_items", "/api/v2/dynamic_content/items", "items", Id, Incremental, "updated_at", Cursor, PlanNote: "dynamic content (Support Professional or Suite Professional and up)"),
        new("locales", "/api/v2/locales", "locales", Id, FullTable, null, SinglePage),
        new("sharing_agreements", "/api/v2/sharing_agreements", "sharing_agreements", Id, Incremental, "updated_at", SinglePage),
        new("targets", "/api/v2/targets", "targets", Id, FullTable, null, SinglePage),
        new("target_failures", "/api/v2/target_failures", "target_failures", Id, Incremental, "created_at", SinglePage),
        new("recipient_addresses", "/api/v2/recipient_addresses", "recipient_addresses", Id, Incremental, "updated_at", Cursor),
        new("organization_subscriptions", "/api/v2/organization_subscriptions", "organization_subscriptions", Id, Incremental, "created_at", Cursor),
        new("brand_agents", "/api/v2/brand_agents", "brand_agents", Id, Incremental, "updated_at", Cursor),
        new("group_sla_policies", "/api/v2/group_slas/policies", "group_sla_policies", Id, Incremental, "updated_at", SinglePage, PlanNote: "group SLA policies (Enterprise)"),
        new("deletion_schedules", "/api/v2/deletion_schedules", "deletion_schedules", Id, Incremental, "updated_at", SinglePage),
        new("schedule_holidays", "/api/v2/business_hours/schedules/{id}/holidays", "holidays", Id, FullTable, null, SinglePage, Parent: "schedules"),
        new("custom_objects", "/api/v2/custom_objects", "custom_objects", ["key"], Incremental, "updated_at", SinglePage),
        new("custom_object_records", "/api/v2/custom_objects/{id}/records", "custom_object_records", Id, Incremental, "updated_at", Cursor, Parent: "custom_objects"),
        new("routing_attributes", "/api/v2/routing/attributes", "attributes", Id, Incremental, "updated_at", SinglePage, PlanNote: Routing),
        new("routing_attribute_values", "/api/v2/routing/attributes/{id}/values", "attribute_values", Id, Incremental, "updated_at", SinglePage, Parent: "routing_attributes"),
        new("routing_attribute_definitions", "/api/v2/routing/attributes/definitions", "definitions", ["condition", "subject"], FullTable, null, SinglePage, PlanNote: Routing),
        new("routing_agent_attribute_values", "/api/v2/incremental/routing/instance_values", "instance_values", ["id", "type"], Incremental, "time", RoutingExport, PlanNote: Routing),
        new("webhooks", "/api/v2/webhooks", "webhooks", Id, Incremental, "updated_at", Cursor),
        new("workspaces", "/api/v2/workspaces", "workspaces", Id, Incremental, "updated_at", SinglePage, PlanNote: "contextual workspaces (Enterprise)"),
        new("job_statuses", "/api/v2/job_statuses", "job_statuses", Id, FullTable, null, Cursor),
        new("sessions", "/api/v2/sessions", "sessions", Id, FullTable, null, Cursor),
        new("bookmarks", "/api/v2/bookmarks", "bookmarks", Id, FullTable, null, Cursor),
    ];

    /// <summary>The comments stream read one ticket at a time (<c>ticket_comments_source: per_ticket</c>).</summary>
    public static StreamDefinition PerTicketComments { get; } =
        new("ticket_comments", "/api/v2/tickets/{id}/comments", "comments", Id, Incremental, "created_at", Cursor, Parent: "tickets");

    /// <summary>The audits stream read from the ticket events export (<c>ticket_audits_source: ticket_events</c>).</summary>
    public static StreamDefinition EventAudits { get; } =
        new("ticket_audits", "", "child_events", Id, Incremental, "created_at", Parent, Parent: "ticket_events", Query: "include=comment_events");

    private static readonly Dictionary<string, StreamDefinition> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static StreamDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static StreamDefinition Get(string name) =>
        ByName.TryGetValue(name, out var stream) ? stream : throw new KeyNotFoundException($"no stream named '{name}'");

    /// <summary>The table as this config uses it: per-ticket comments and event-derived audits replace the others when asked.</summary>
    public static StreamDefinition Resolve(string name, TapConfig config) => name switch
    {
        "ticket_comments" when config.CommentsSource == TicketChildSource.PerTicket => PerTicketComments,
        "ticket_audits" when config.AuditsSource == TicketChildSource.TicketEvents => EventAudits,
        _ => Get(name),
    };

    public static IEnumerable<StreamDefinition> ChildrenOf(string parent, TapConfig config) =>
        All.Select(s => Resolve(s.Name, config)).Where(s => s.Parent == parent);
}
