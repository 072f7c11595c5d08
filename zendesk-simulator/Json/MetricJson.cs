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
        TicketJson.Url(w, Names.Url, ctx.MetricSetUrl, id);
        w.WriteNumber(Names.Id, id);
        w.WriteNumber(Names.TicketId, Ids.TicketId(t));
        w.Iso(Names.CreatedAt, m.Created);
        w.Iso(Names.UpdatedAt, m.Updated);
        w.WriteNumber(Names.GroupStations, m.GroupStations);
        w.WriteNumber(Names.AssigneeStations, m.AssigneeStations);
        w.WriteNumber(Names.Reopens, m.Reopens);
        w.WriteNumber(Names.Replies, m.Replies);
        w.IsoOrNull(Names.AssigneeUpdatedAt, m.AssigneeUpdated);
        w.IsoOrNull(Names.RequesterUpdatedAt, m.RequesterUpdated);
        w.IsoOrNull(Names.StatusUpdatedAt, m.StatusUpdated);
        w.IsoOrNull(Names.InitiallyAssignedAt, m.InitiallyAssigned);
        w.IsoOrNull(Names.AssignedAt, m.Assigned);
        w.IsoOrNull(Names.SolvedAt, m.Solved);
        w.IsoOrNull(Names.LatestCommentAddedAt, m.LatestComment);
        w.IsoOrNull(Names.CustomStatusUpdatedAt, m.StatusUpdated);
        w.Duration(Names.ReplyTimeInMinutes, m.ReplyMinutes);
        w.Duration(Names.FirstResolutionTimeInMinutes, m.FirstResolutionMinutes);
        w.Duration(Names.FullResolutionTimeInMinutes, m.FullResolutionMinutes);
        w.Duration(Names.AgentWaitTimeInMinutes, m.AgentWaitMinutes);
        w.Duration(Names.RequesterWaitTimeInMinutes, m.RequesterWaitMinutes);
        w.Duration(Names.OnHoldTimeInMinutes, m.OnHoldMinutes);
        w.WriteEndObject();
    }

    public static void WriteMetricEvent(Utf8JsonWriter w, RenderContext ctx, int t, long id, in MetricEventSpec e)
    {
        w.WriteStartObject();
        w.WriteNumber(Names.Id, id);
        w.WriteNumber(Names.TicketId, Ids.TicketId(t));
        w.WriteString(Names.Metric, EncodedWords.MetricNames[e.Metric]);
        w.WriteNumber(Names.InstanceId, e.Instance);
        w.WriteString(Names.Type, EncodedWords.MetricTypes[e.Type]);
        w.Iso(Names.Time, e.Time);
        if (e.Sla)
        {
            var policy = ctx.Account.Catalog.SlaPolicies[0];
            w.WriteStartObject(Names.Sla);
            w.WriteNumber(Names.Target, 60);
            w.WriteBoolean(Names.BusinessHours, false);
            w.WriteStartObject(Names.Policy);
            w.WriteNumber(Names.Id, policy.Id);
            w.WriteString(Names.Title, policy.Body["title"]!.GetValue<string>());
            w.WriteString(Names.Description, policy.Body["description"]!.GetValue<string>());
            w.WriteEndObject();
            w.WriteEndObject();
        }

        if (e.Type == TicketMetrics.UpdateStatus)
        {
            w.Duration(Names.Status, e.Minutes);
        }

        if (e.Type == TicketMetrics.Fulfill)
        {
            w.WriteBoolean(Names.Deleted, false);
        }

        w.WriteEndObject();
    }
}
