using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// The simulator's data as a warehouse loaded from it must hold it: every record of every stream,
/// read through the simulator's own API and record writers, never through HTTP or the tap.
/// </summary>
internal static class SimulatorRecords
{
    public static IReadOnlyList<string> Streams { get; } =
    [
        "tickets", "ticket_metrics", "ticket_audits", "ticket_events", "ticket_comments", "attachments",
        "ticket_metric_events", "users", "user_identities", "organizations", "groups", "group_memberships",
        "organization_memberships", "macros", "satisfaction_ratings", "sla_policies", "tags", "talk_phone_numbers",
        "ticket_fields", "ticket_forms", "ticket_skips", "activities", "audit_logs", "brands", "custom_roles",
        "schedules", "user_fields", "organization_fields", "views", "triggers", "automations",
        .. TicketSideSnapshot.Streams,
        .. HelpCenterRecords.Streams,
        .. HelpCenterVoteAndLocaleRecords.Streams,
        "calls", "call_legs", "talk_agents_activity", "talk_current_queue_activity", "talk_addresses", "talk_greetings",
        "talk_greeting_categories", "talk_ivrs", "talk_lines", "talk_settings",
        .. ConfigurationRecords.Streams,
        .. RoutingRecords.Streams,
    ];

    public static WarehouseSnapshot Snapshot(SimulatorHost simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var account = simulator.Account;
        var streams = Streams.ToDictionary(s => s, _ => new List<JsonObject>(), StringComparer.Ordinal);
        var ctx = new RenderContext(account, simulator.BaseUrl);
        using (account.Read())
        {
            ExportRecords.Add(streams, account, ctx);
            ListRecords.Add(streams, account, ctx);
            TicketSideSnapshot.Add(streams, account, ctx);
            HelpCenterRecords.Add(streams, account);
            HelpCenterVoteAndLocaleRecords.Add(streams, account);
            TalkStreamRecords.Add(streams, account, ctx);
            ConfigurationRecords.Add(streams, simulator, ctx);
            RoutingRecords.Add(streams, account);
        }

        return WarehouseSnapshot.Of(streams);
    }
}
