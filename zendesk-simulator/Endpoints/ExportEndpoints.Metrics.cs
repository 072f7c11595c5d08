using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

internal static partial class ExportEndpoints
{
    /// <summary>
    /// Ticket metric events: a time-based export, or list cursor pagination from start_time when
    /// page[size] is given. The OAS leaves end_of_stream out, but clients stop on it, so the last page
    /// carries it as on the other time-based exports. A start_time within the last minute, or later,
    /// is not refused here as on the other exports: Zendesk answers it with an empty last page.
    /// </summary>
    private static Task MetricEvents(HttpContext context, SimulatorHost host)
    {
        var account = host.Account;
        var index = account.Audits.MetricEventIndex;
        void Write(System.Text.Json.Utf8JsonWriter w, RenderContext ctx, long key)
        {
            var spec = account.Audits.MetricEventAt(TimeIndex.LocalOf(key), out var t, out var id);
            MetricJson.WriteMetricEvent(w, ctx, t, id, spec);
        }

        if (QueryArgs.Text(context, "page[size]") is null)
        {
            return TimeBased(context, host, new ExportFeed("ticket_metric_events", "/api/v2/incremental/ticket_metric_events.json", index, _ => true, Write), start: new StartRule(RecentIsEmpty: true));
        }

        var start = StartTime(context, account);
        return ListServer.Serve(
            context,
            host,
            "ticket_metric_events",
            "/api/v2/incremental/ticket_metric_events.json",
            ListPaging.CursorOnly,
            ctx => new ListSource(index.Count, p => index[p], (w, p) => Write(w, ctx, index[p]), p => TimeIndex.TimestampOf(index[p]) <= account.ExportFloor),
            start: _ => index.LowerBound(TimeIndex.Key(start, 0)));
    }

    /// <summary>
    /// The sample export: the time-based format with at most 50 records, even when more share a
    /// second (it is a format test, not a way through the data).
    /// </summary>
    private static Task Sample(HttpContext context, SimulatorHost host)
    {
        var account = host.Account;
        var resource = context.Request.RouteValues["incremental_resource"]?.ToString();
        var path = $"/api/v2/incremental/{resource}/sample.json";
        const int max = 50;
        Task Serve(string key, TimeIndex index, Action<System.Text.Json.Utf8JsonWriter, RenderContext, long> write) =>
            TimeBased(context, host, new ExportFeed(key, path, index, _ => true, write), max, strictPerPage: true);
        return resource switch
        {
            "tickets" => Serve("tickets", account.Tickets.Index, (w, ctx, key) => TicketJson.Write(w, ctx, (int)TimeIndex.LocalOf(key), export: true, metricSet: false)),
            "users" => Serve("users", account.Users.Index, (w, ctx, key) => UserJson.Write(w, ctx, (int)TimeIndex.LocalOf(key))),
            "organizations" => Serve("organizations", account.Organizations.Index, (w, ctx, key) => OrganizationJson.Write(w, ctx, (int)TimeIndex.LocalOf(key))),
            "ticket_events" => Serve("ticket_events", account.Audits.EventIndex, (w, ctx, key) =>
            {
                var audit = account.Audits.At(TimeIndex.LocalOf(key), out var t);
                TicketEventJson.Write(w, ctx, t, audit, false);
            }),
            _ => throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.InvalidEndpoint),
        };
    }
}
