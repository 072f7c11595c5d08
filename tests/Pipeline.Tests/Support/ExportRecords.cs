using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// What the incremental exports (and the streams read beside them) hold right now, up to the
/// one-minute floor no export reads past, written by the simulator's own record writers.
/// </summary>
internal static class ExportRecords
{
    public static void Add(Dictionary<string, List<JsonObject>> streams, Account account, RenderContext ctx)
    {
        var floor = account.ExportFloor;
        Tickets(streams, account, ctx, floor);
        Events(streams, account, ctx, floor);
        People(streams, account, ctx, floor);
    }

    private static void Tickets(Dictionary<string, List<JsonObject>> streams, Account account, RenderContext ctx, long floor)
    {
        var tickets = streams["tickets"];
        var metrics = streams["ticket_metrics"];
        var audits = streams["ticket_audits"];
        var store = account.Tickets.Store;
        for (var t = 0; t < store.Count; t++)
        {
            if (store.Generated[t] > floor)
            {
                continue;
            }

            var ticket = t;
            tickets.Add(Rendered.Object(w => TicketJson.Write(w, ctx, ticket, export: true, metricSet: false)));
            if (store.IsDeleted(t))
            {
                // Zendesk sends no metric set for a deleted ticket and no longer lists its audits.
                continue;
            }

            var all = account.Audits.Of(t);
            metrics.Add(Rendered.Object(w => MetricJson.WriteMetricSet(w, ctx, ticket, all)));
            foreach (var audit in all)
            {
                audits.Add(Rendered.Object(w => AuditJson.Write(w, ctx, ticket, audit)));
            }
        }
    }

    private static void Events(Dictionary<string, List<JsonObject>> streams, Account account, RenderContext ctx, long floor)
    {
        var events = streams["ticket_events"];
        var comments = streams["ticket_comments"];
        var attachments = streams["attachments"];
        foreach (var key in KeysUpTo(account.Audits.EventIndex, floor))
        {
            var audit = account.Audits.At(TimeIndex.LocalOf(key), out var t);
            var ticketEvent = Rendered.Object(w => TicketEventJson.Write(w, ctx, t, audit, commentEvents: true));
            events.Add(ticketEvent);
            foreach (var child in ticketEvent["child_events"]!.AsArray())
            {
                if ((string?)child!["event_type"] != "Comment")
                {
                    continue;
                }

                // A comment event becomes a comment row with its ticket; its attachments rows of their own.
                var comment = child.DeepClone().AsObject();
                comment["ticket_id"] = ticketEvent["ticket_id"]!.DeepClone();
                comments.Add(comment);
                foreach (var attachment in comment["attachments"]!.AsArray())
                {
                    var row = attachment!.DeepClone().AsObject();
                    row["ticket_id"] = ticketEvent["ticket_id"]!.DeepClone();
                    row["comment_id"] = comment["id"]!.DeepClone();
                    row["created_at"] = comment["created_at"]!.DeepClone();
                    attachments.Add(row);
                }
            }
        }

        var metricEvents = streams["ticket_metric_events"];
        foreach (var key in KeysUpTo(account.Audits.MetricEventIndex, floor))
        {
            var spec = account.Audits.MetricEventAt(TimeIndex.LocalOf(key), out var t, out var id);
            metricEvents.Add(Rendered.Object(w => MetricJson.WriteMetricEvent(w, ctx, t, id, spec)));
        }
    }

    // The keys an export of this index lists: current ones, no later than the floor.
    private static IEnumerable<long> KeysUpTo(TimeIndex index, long floor)
    {
        for (var p = 0; p < index.Count; p++)
        {
            var key = index[p];
            if (TimeIndex.TimestampOf(key) <= floor && index.IsCurrent(key))
            {
                yield return key;
            }
        }
    }

    private static void People(Dictionary<string, List<JsonObject>> streams, Account account, RenderContext ctx, long floor)
    {
        for (var u = 0; u < account.Users.Store.Count; u++)
        {
            if (account.Users.Store.Updated[u] > floor)
            {
                continue;
            }

            var user = u;
            streams["users"].Add(Rendered.Object(w => UserJson.Write(w, ctx, user)));
            for (var n = 0; n < UserJson.IdentityCount(account, u); n++)
            {
                var identity = n;
                streams["user_identities"].Add(Rendered.Object(w => UserJson.WriteIdentity(w, ctx, user, identity)));
            }
        }

        for (var o = 0; o < account.Organizations.Store.Count; o++)
        {
            if (account.Organizations.Store.Updated[o] <= floor)
            {
                var organization = o;
                streams["organizations"].Add(Rendered.Object(w => OrganizationJson.Write(w, ctx, organization)));
            }
        }
    }
}
