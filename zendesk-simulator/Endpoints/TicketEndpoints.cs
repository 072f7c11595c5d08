using System.Globalization;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>One ticket, its audits and comments, and the account-wide audit list.</summary>
internal static class TicketEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/tickets/{ticket_id:long}", i => i with { Scope = "tickets" }, context =>
        {
            var t = LiveTicket(context, account);
            var ctx = new RenderContext(account, Links.BaseUrl(context));
            return Responses.Json(context, account, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("ticket");
                TicketJson.Write(w, ctx, t, export: false, metricSet: false);
                w.WriteEndObject();
            });
        });

        ApiMap.Get(app, "/api/v2/tickets/{ticket_id:long}/audits", i => i with { List = true }, context =>
        {
            var t = LiveTicket(context, account);
            var descending = Descending(context);
            return ListServer.Serve(
                context,
                host,
                "audits",
                $"/api/v2/tickets/{Ids.TicketId(t)}/audits.json",
                Archived(account, t),
                ctx =>
                {
                    var audits = account.Audits.Of(t);
                    var n = audits.Length;
                    return new ListSource(n, p => descending ? -audits[n - 1 - p].Id : audits[p].Id, (w, p) => AuditJson.Write(w, ctx, t, audits[descending ? n - 1 - p : p]));
                });
        });

        ApiMap.Get(app, "/api/v2/tickets/{ticket_id:long}/comments", i => i with { List = true, Scope = "tickets" }, context =>
        {
            var t = LiveTicket(context, account);
            var descending = Descending(context);
            return ListServer.Serve(
                context,
                host,
                "comments",
                $"/api/v2/tickets/{Ids.TicketId(t)}/comments.json",
                Archived(account, t),
                ctx =>
                {
                    var audits = account.Audits.Of(t).Where(a => a.HasComment).ToArray();
                    var comments = audits.Select(a => AuditContent.Comment(account, t, a)!).ToArray();
                    var n = comments.Length;
                    return new ListSource(
                        n,
                        p => descending ? -comments[n - 1 - p].Id : comments[p].Id,
                        (w, p) => CommentJson.Write(w, ctx, t, comments[descending ? n - 1 - p : p], audits[descending ? n - 1 - p : p]));
                });
        });

        ApiMap.Get(app, "/api/v2/ticket_audits", i => i with { List = true }, context => AllAudits(context, host));
    }

    /// <summary>
    /// Archived tickets list their audits and comments whole, in one page that still has the envelope
    /// of the paging asked for (meta and links, or next_page, previous_page and count).
    /// </summary>
    private static ListPaging Archived(Account account, int t)
    {
        using (account.Read())
        {
            return account.Tickets.IsArchived(t) ? ListPaging.Whole : ListPaging.Dual;
        }
    }

    private static bool Descending(HttpContext context) =>
        QueryArgs.Text(context, "sort_order") == "desc" || QueryArgs.Text(context, "sort") == "-created_at";

    private static int LiveTicket(HttpContext context, Account account)
    {
        var t = account.Tickets.Store.IndexOf(ListEndpoints.RouteId(context, "ticket_id"));
        bool missing;
        using (account.Read())
        {
            missing = t < 0 || account.Tickets.Store.IsDeleted(t);
        }

        return missing ? throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound) : t;
    }

    /// <summary>
    /// GET /api/v2/ticket_audits: newest first, cursor only, archived tickets left out, and the cursor
    /// fields at the top level instead of in meta/links.
    /// </summary>
    private static Task AllAudits(HttpContext context, SimulatorHost host)
    {
        var account = host.Account;
        var size = QueryArgs.Int(context, "page[size]") ?? QueryArgs.Int(context, "limit") ?? CursorPager.MaxSize;
        if (size is < 1 or > CursorPager.MaxSize)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("page[size]", "must be between 1 and 100"));
        }

        long? after = null, before = null;
        if (QueryArgs.Text(context, "page[after]") is { } a)
        {
            after = Cursors.TryList(a, out var key) ? key : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("page[after]", "is not a valid cursor"));
        }
        else if (QueryArgs.Text(context, "page[before]") is { } b)
        {
            before = Cursors.TryList(b, out var key) ? key : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("page[before]", "is not a valid cursor"));
        }

        var ctx = new RenderContext(account, Links.BaseUrl(context));
        return Responses.Json(context, account, w =>
        {
            var index = account.Audits.EventIndex;
            var count = index.Count;
            var source = new ListSource(
                count,
                p => -index[count - 1 - p],
                (w, p) =>
                {
                    var audit = account.Audits.At(TimeIndex.LocalOf(index[count - 1 - p]), out var t);
                    AuditJson.Write(w, ctx, t, audit);
                },
                p =>
                {
                    var t = account.Audits.TicketOf(TimeIndex.LocalOf(index[count - 1 - p]));
                    return !account.Tickets.Store.IsDeleted(t) && !account.Tickets.IsArchived(t);
                });
            var page = CursorPager.Page(source, size, after, before);
            var sizeText = size.ToString(CultureInfo.InvariantCulture);
            w.WriteStartObject();
            w.WriteStartArray("audits");
            foreach (var p in page.Positions)
            {
                source.Write(w, p);
            }

            w.WriteEndArray();
            w.StringOrNull("after_cursor", page.AfterCursor);
            w.StringOrNull("before_cursor", page.BeforeCursor);
            w.StringOrNull("after_url", page.AfterCursor is null ? null : Links.Build(context, "/api/v2/ticket_audits.json", new Dictionary<string, string> { ["page[size]"] = sizeText, ["page[after]"] = page.AfterCursor }, "page[before]", "limit"));
            w.StringOrNull("before_url", page.BeforeCursor is null ? null : Links.Build(context, "/api/v2/ticket_audits.json", new Dictionary<string, string> { ["page[size]"] = sizeText, ["page[before]"] = page.BeforeCursor }, "page[after]", "limit"));
            w.WriteEndObject();
        });
    }
}
