using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Ticket metric sets and ticket metric events.</summary>
internal static class MetricJson
{
    public static void WriteMetricSet(Utf8JsonWriter w, RenderContext ctx, int t, ReadOnlySpan<AuditSpec> audits)
    {
        var m = TicketMetrics.MetricSet(audits);
        var id = Ids.MetricSet + t;
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/ticket_metrics/{id}.json");
        w.WriteNumber("id", id);
        w.WriteNumber("ticket_id", Ids.TicketId(t));
        w.Iso("created_at", m.Created);
        w.Iso("updated_at", m.Updated);
        w.WriteNumber("group_stations", m.GroupStations);
        w.WriteNumber("assignee_stations", m.AssigneeStations);
        w.WriteNumber("reopens", m.Reopens);
        w.WriteNumber("replies", m.Replies);
        w.IsoOrNull("assignee_updated_at", m.AssigneeUpdated);
        w.IsoOrNull("requester_updated_at", m.RequesterUpdated);
        w.IsoOrNull("status_updated_at", m.StatusUpdated);
        w.IsoOrNull("initially_assigned_at", m.InitiallyAssigned);
        w.IsoOrNull("assigned_at", m.Assigned);
        w.IsoOrNull("solved_at", m.Solved);
        w.IsoOrNull("latest_comment_added_at", m.LatestComment);
        w.IsoOrNull("custom_status_updated_at", m.StatusUpdated);
        w.Duration("reply_time_in_minutes", m.ReplyMinutes);
        w.Duration("first_resolution_time_in_minutes", m.FirstResolutionMinutes);
        w.Duration("full_resolution_time_in_minutes", m.FullResolutionMinutes);
        w.Duration("agent_wait_time_in_minutes", m.AgentWaitMinutes);
        w.Duration("requester_wait_time_in_minutes", m.RequesterWaitMinutes);
        w.Duration("on_hold_time_in_minutes", m.OnHoldMinutes);
        w.WriteEndObject();
    }

    public static void WriteMetricEvent(Utf8JsonWriter w, RenderContext ctx, int t, in MetricEventSpec e)
    {
        w.WriteStartObject();
        w.WriteNumber("id", Ids.MetricEventId(t, e.N));
        w.WriteNumber("ticket_id", Ids.TicketId(t));
        w.WriteString("metric", TicketMetrics.MetricNames[e.Metric]);
        w.WriteNumber("instance_id", e.Instance);
        w.WriteString("type", TicketMetrics.TypeNames[e.Type]);
        w.Iso("time", e.Time);
        if (e.Sla)
        {
            var policy = ctx.Account.Catalog.SlaPolicies[0];
            w.WriteStartObject("sla");
            w.WriteNumber("target", 60);
            w.WriteBoolean("business_hours", false);
            w.WriteStartObject("policy");
            w.WriteNumber("id", policy.Id);
            w.WriteString("title", policy.Body["title"]!.GetValue<string>());
            w.WriteString("description", policy.Body["description"]!.GetValue<string>());
            w.WriteEndObject();
            w.WriteEndObject();
        }

        if (e.Type == TicketMetrics.Fulfill)
        {
            w.WriteBoolean("deleted", false);
        }

        w.WriteEndObject();
    }
}
