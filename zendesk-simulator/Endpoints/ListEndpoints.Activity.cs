using System.Text.Json;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Endpoints;

internal static partial class ListEndpoints
{
    private static void MapActivities(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/activities", i => i with { List = true, Scope = "tickets" }, context =>
        {
            long since = long.MinValue;
            if (QueryArgs.Text(context, "since") is { } text && !Epoch.TryParseIso(text, out since))
            {
                throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue($"since must be an ISO 8601 time, got '{text}'"));
            }

            // Zendesk keeps 30 days of activities.
            var from = Math.Max(since, account.Clock.NowSeconds - (30 * 86400L));
            return ListServer.Serve(
                context,
                host,
                "activities",
                "/api/v2/activities.json",
                ListPaging.Dual,
                // Listed by time, which their ids do not follow: cursors name the position, which never
                // moves as the activities are fixed at generation.
                ctx => new ListSource(account.Tickets.Activities.Count, p => p, (w, p) => ActivityJson.Write(w, ctx, account.Tickets.Activities[p]), p => account.Tickets.Activities[p].Time >= from),
                sideLoads: (w, ctx, positions, _) => ActivitySideLoads(w, ctx, positions));
        });
    }

    // Activities always side-load their actors and users as top-level arrays.
    private static void ActivitySideLoads(Utf8JsonWriter w, RenderContext ctx, IReadOnlyList<int> positions)
    {
        var actors = positions.Select(p => Math.Max(0, ctx.Account.Tickets.Activities[p].Actor)).Distinct().Order().ToList();
        w.WriteStartArray("actors");
        foreach (var actor in actors)
        {
            UserJson.Write(w, ctx, actor);
        }

        w.WriteEndArray();
        w.WriteStartArray("users");
        if (positions.Count > 0)
        {
            UserJson.Write(w, ctx, 0);
        }

        w.WriteEndArray();
    }

    private static void MapAuditLogs(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/audit_logs", i => i with { List = true, Feature = PlanRules.AuditLogs, Scope = "audit_logs" }, context =>
        {
            var window = QueryArgs.All(context, "filter[created_at][]");
            long from = long.MinValue, to = long.MaxValue;
            if (window.Count > 0)
            {
                if (window.Count != 2 || !Epoch.TryParseIso(window[0], out from) || !Epoch.TryParseIso(window[1], out to))
                {
                    throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("filter[created_at][] takes two ISO 8601 times: the start and the end of the window"));
                }
            }

            var ascending = QueryArgs.Text(context, "sort") == "created_at" || QueryArgs.Text(context, "sort_order") == "asc";
            var logs = account.Catalog.AuditLogs;
            var count = logs.Count;

            // Newest first unless asked otherwise; the key keeps growing along the list either way.
            return ListServer.Serve(context, host, "audit_logs", "/api/v2/audit_logs.json", ListPaging.Dual, ctx =>
                new ListSource(
                    count,
                    p => ascending ? logs[p].Id : -logs[count - 1 - p].Id,
                    (w, p) => CatalogJson.Write(w, ctx, logs[ascending ? p : count - 1 - p]),
                    p =>
                    {
                        var created = logs[ascending ? p : count - 1 - p].Created;
                        return created >= from && created <= to;
                    }));
        });
    }
}
