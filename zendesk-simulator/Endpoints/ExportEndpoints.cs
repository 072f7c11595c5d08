using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Limits;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>The incremental exports.</summary>
internal static partial class ExportEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        Export(app, "tickets", RateBucket.IncrementalExports, context =>
        {
            var (include, metricSets) = TicketFilter(context, account);
            return TimeBased(context, host, new ExportFeed("tickets", "/api/v2/incremental/tickets.json", account.Tickets.Index, include, (w, ctx, key) =>
                TicketJson.Write(w, ctx, (int)TimeIndex.LocalOf(key), export: true, metricSet: metricSets)));
        });

        Export(app, "tickets/cursor", RateBucket.IncrementalExports, context =>
        {
            var (include, metricSets) = TicketFilter(context, account);
            return CursorBased(context, host, new ExportFeed("tickets", "/api/v2/incremental/tickets/cursor.json", account.Tickets.Index, include, (w, ctx, key) =>
                TicketJson.Write(w, ctx, (int)TimeIndex.LocalOf(key), export: true, metricSet: metricSets)));
        });

        Export(app, "users", RateBucket.IncrementalExports, context =>
            TimeBased(context, host, new ExportFeed("users", "/api/v2/incremental/users.json", account.Users.Index, _ => true, WriteUser, UserSideLoads(context))));

        Export(app, "users/cursor", RateBucket.IncrementalExportsCursor, context =>
            CursorBased(context, host, new ExportFeed("users", "/api/v2/incremental/users/cursor.json", account.Users.Index, _ => true, WriteUser, UserSideLoads(context))));

        // The organizations export also reads an ISO-8601 start_time, as Zendesk does there; it is taken
        // as the instant it names.
        Export(app, "organizations", RateBucket.IncrementalExports, context =>
            TimeBased(context, host, new ExportFeed("organizations", "/api/v2/incremental/organizations.json", account.Organizations.Index, _ => true, (w, ctx, key) =>
                OrganizationJson.Write(w, ctx, (int)TimeIndex.LocalOf(key))), start: new StartRule(IsoTime: true)));

        Export(app, "ticket_events", RateBucket.IncrementalExports, context =>
        {
            var scope = ListEndpoints.SupportScope(context);
            var commentEvents = QueryArgs.Includes(context, "comment_events");
            return TimeBased(context, host, new ExportFeed(
                "ticket_events",
                "/api/v2/incremental/ticket_events.json",
                account.Audits.EventIndex,
                local => ListEndpoints.InScope(account, (uint)account.Audits.TicketOf(local), scope),
                (w, ctx, key) =>
                {
                    var audit = account.Audits.At(TimeIndex.LocalOf(key), out var t);
                    TicketEventJson.Write(w, ctx, t, audit, commentEvents);
                }));
        });

        Export(app, "ticket_metric_events", RateBucket.IncrementalExports, context => MetricEvents(context, host));

        Export(app, "{incremental_resource}/sample", RateBucket.IncrementalSample, context => Sample(context, host));
    }

    private static void Export(WebApplication app, string path, string bucket, RequestDelegate handler) =>
        ApiMap.Get(app, "/api/v2/incremental/" + path, i => i with { Bucket = bucket, Scope = path.Split('/')[0] }, handler);

    private static (Func<uint, bool> Include, bool MetricSets) TicketFilter(HttpContext context, Account account)
    {
        var excludeDeleted = QueryArgs.Flag(context, "exclude_deleted");
        var scope = ListEndpoints.SupportScope(context);
        return (local => (!excludeDeleted || !account.Tickets.Store.IsDeleted((int)local)) && ListEndpoints.InScope(account, local, scope),
            QueryArgs.Includes(context, "metric_sets"));
    }

    /// <summary>
    /// start_time is required, and must be at least a minute old (the freshness floor) unless the
    /// export answers a recent one with an empty page.
    /// </summary>
    private static long StartTime(HttpContext context, Account account, StartRule rule = default)
    {
        var start = QueryArgs.UnixTime(context, "start_time", rule.IsoTime)
            ?? throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("start_time is required"));
        return start > account.ExportFloor && !rule.RecentIsEmpty ? throw new ApiException(StatusCodes.Status422UnprocessableEntity, ErrorBodies.TooRecent) : start;
    }

    private static int PerPage(HttpContext context, int max) => Math.Clamp(QueryArgs.Int(context, "per_page") ?? max, 1, max);

    private static Task TimeBased(
        HttpContext context,
        SimulatorHost host,
        ExportFeed feed,
        int maxPerPage = ExportPager.MaxPerPage,
        bool strictPerPage = false,
        StartRule start = default)
    {
        var account = host.Account;
        var startTime = StartTime(context, account, start);
        var perPage = PerPage(context, maxPerPage);
        return Page(context, account, feed, () => ExportPager.TimeBased(feed.Index, startTime, perPage, account.ExportFloor, feed.Include, strictPerPage), (w, page) =>
        {
            // next_page stays on the last page too, as Zendesk documents: clients stop on end_of_stream.
            // Zendesk says nothing of a last page that could not move past its start_time (it repeats
            // the second it started in, or is empty); following its next_page would return it again for
            // ever, so it has none, and a client that follows next_page until it is null finishes.
            var stuck = page.EndOfStream && page.EndTime <= startTime;
            w.StringOrNull("next_page", stuck ? null : Links.Build(context, feed.Path, new Dictionary<string, string> { ["start_time"] = page.EndTime.ToString(CultureInfo.InvariantCulture) }));
            w.WriteNumber("count", page.Keys.Count);
            w.WriteBoolean("end_of_stream", page.EndOfStream);
            w.WriteNumber("end_time", page.EndTime);
        });
    }

    private static Task CursorBased(HttpContext context, SimulatorHost host, ExportFeed feed)
    {
        var account = host.Account;
        var cursor = QueryArgs.Text(context, "cursor");
        long after;
        if (cursor is not null)
        {
            after = Cursors.TryExport(cursor, out var time, out var local)
                ? TimeIndex.Key(time, local)
                : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("cursor is not a valid export cursor"));
        }
        else
        {
            after = TimeIndex.Key(StartTime(context, account), 0) - 1;
        }

        var perPage = PerPage(context, ExportPager.MaxPerPage);
        return Page(context, account, feed, () => ExportPager.CursorBased(feed.Index, after, perPage, account.ExportFloor, feed.Include), (w, page) =>
        {
            var afterCursor = Cursors.Export(TimeIndex.TimestampOf(page.LastKey), TimeIndex.LocalOf(page.LastKey));

            // after_cursor is returned on the last page too: it is the bookmark for the next export.
            w.WriteString("after_url", Links.Build(context, feed.Path, new Dictionary<string, string> { ["cursor"] = afterCursor }, "start_time"));
            w.StringOrNull("before_url", cursor is null ? null : Links.Build(context, feed.Path, new Dictionary<string, string> { ["cursor"] = cursor }, "start_time"));
            w.WriteString("after_cursor", afterCursor);
            w.StringOrNull("before_cursor", cursor);
            w.WriteBoolean("end_of_stream", page.EndOfStream);
        });
    }

    // The page is fetched when the response starts, under the account's read lock, so it sees one state of the data.
    private static Task Page(
        HttpContext context,
        Account account,
        ExportFeed feed,
        Func<ExportPage> fetch,
        Action<Utf8JsonWriter, ExportPage> writeTail)
    {
        var ctx = new RenderContext(account, Links.BaseUrl(context));
        ExportPage page = null!;
        return Responses.Records(
            context,
            account,
            w =>
            {
                page = fetch();
                w.WriteStartObject();
                w.WriteStartArray(feed.Key);
                return page.Keys.Count;
            },
            (w, i) => feed.Write(w, ctx, page.Keys[i]),
            w =>
            {
                w.WriteEndArray();
                feed.SideLoad?.Invoke(w, ctx, page.Keys);
                writeTail(w, page);
                w.WriteEndObject();
            });
    }
}
