using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

internal static partial class ListEndpoints
{
    private static void MapTicketLists(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/tickets", i => i with { List = true, Scope = "tickets" }, context =>
        {
            var scope = SupportScope(context);
            return ListServer.Serve(context, host, "tickets", "/api/v2/tickets.json", ListPaging.Dual, ctx =>
                new ListSource(
                    account.Tickets.Store.Count,
                    t => Ids.TicketId(t),
                    (w, t) => TicketJson.Write(w, ctx, t, export: false, metricSet: false),
                    t => !account.Tickets.Store.IsDeleted(t) && InScope(account, (uint)t, scope)));
        });

        // Newest tickets first; archived and deleted tickets are left out.
        ApiMap.Get(app, "/api/v2/ticket_metrics", i => i with { List = true, Scope = "tickets" }, context =>
            ListServer.Serve(context, host, "ticket_metrics", "/api/v2/ticket_metrics.json", ListPaging.Dual, ctx =>
            {
                var count = account.Tickets.Store.Count;
                return new ListSource(
                    count,
                    p => int.MaxValue - (count - 1 - p),
                    (w, p) => MetricJson.WriteMetricSet(w, ctx, count - 1 - p, account.Audits.Of(count - 1 - p)),
                    p => !account.Tickets.Store.IsDeleted(count - 1 - p) && !account.Tickets.IsArchived(count - 1 - p));
            }));

        ApiMap.Get(app, "/api/v2/satisfaction_ratings", i => i with { List = true, Feature = PlanRules.SatisfactionRatings, Scope = "satisfaction_ratings" }, context =>
        {
            var startTime = QueryArgs.Long(context, "start_time");
            var endTime = QueryArgs.Long(context, "end_time") ?? long.MaxValue;
            var score = QueryArgs.Text(context, "score");
            return ListServer.Serve(
                context,
                host,
                "satisfaction_ratings",
                "/api/v2/satisfaction_ratings.json",
                ListPaging.Dual,
                ctx =>
                {
                    var keys = account.Audits.RatingKeys;
                    return new ListSource(
                        keys.Length,
                        p => keys[p],
                        (w, p) => RatingJson.Write(w, ctx, (int)TimeIndex.LocalOf(keys[p]), account.Audits.RatingOf((int)TimeIndex.LocalOf(keys[p]))!.Value),
                        p => TimeIndex.TimestampOf(keys[p]) <= endTime && ScoreMatches(account, (int)TimeIndex.LocalOf(keys[p]), score));
                },
                start: _ => startTime is { } from ? LowerBound(account.Audits.RatingKeys, TimeIndex.Key(from, 0)) : 0);
        });

        ApiMap.Get(app, "/api/v2/skips", i => i with { List = true, Scope = "tickets" }, context =>
            ListServer.Serve(context, host, "skips", "/api/v2/skips.json", ListPaging.Dual, ctx =>
                new ListSource(account.Tickets.Skips.Count, SkipStore.Id, (w, n) => SkipJson.Write(w, ctx, n), n => !account.Tickets.IsArchived(account.Tickets.Skips.Ticket(n)))));
    }

    internal static string SupportScope(HttpContext context) => QueryArgs.Text(context, "support_type_scope") ?? "agent";

    /// <summary>support_type_scope: "agent" (the default) hides tickets handled by AI agents, "ai_agent" shows only those, "all" both.</summary>
    internal static bool InScope(Account account, uint ticket, string scope)
    {
        var ai = (account.Tickets.Store.Flags[ticket] & TicketCodes.FlagAiAgent) != 0;
        return scope switch
        {
            "all" => true,
            "ai_agent" => ai,
            _ => !ai,
        };
    }

    private static bool ScoreMatches(Account account, int ticket, string? filter)
    {
        if (filter is null)
        {
            return true;
        }

        var score = account.Audits.RatingOf(ticket)?.Score;
        return filter switch
        {
            "received" => score is "good" or "bad",
            "offered" or "good" or "bad" => score == filter,
            _ => true,
        };
    }

    private static int LowerBound(long[] keys, long key)
    {
        var found = Array.BinarySearch(keys, key);
        return found >= 0 ? found : ~found;
    }
}
