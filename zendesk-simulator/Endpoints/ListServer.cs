using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>Serves a list endpoint in whichever of Zendesk's paging styles the request and the endpoint call for.</summary>
internal static class ListServer
{
    public static Task Serve(
        HttpContext context,
        SimulatorHost host,
        string key,
        string linkPath,
        ListPaging paging,
        Func<RenderContext, ListSource> source,
        Action<Utf8JsonWriter, RenderContext, IReadOnlyList<int>, ListSource>? sideLoads = null,
        Func<ListSource, int>? start = null,
        bool countWhenAll = false,
        Func<RenderContext, ListSource>? unpaginated = null)
    {
        var request = new ListRequest(context, host, new RenderContext(host.Account, Links.BaseUrl(context)), key, linkPath, source, sideLoads, start);
        var size = QueryArgs.Int(context, "page[size]");
        var after = QueryArgs.Text(context, "page[after]");
        var before = QueryArgs.Text(context, "page[before]");
        var cursorRequested = size is not null || after is not null || before is not null;
        var mode = paging switch
        {
            ListPaging.All => ListPaging.All,
            ListPaging.OffsetOnly => ListPaging.OffsetOnly,
            ListPaging.CursorOnly => ListPaging.CursorOnly,
            ListPaging.Whole => ListPaging.Whole,
            ListPaging.CursorOrAll => cursorRequested ? ListPaging.CursorOnly : ListPaging.All,
            _ => cursorRequested ? ListPaging.CursorOnly : ListPaging.OffsetOnly,
        };

        return mode switch
        {
            ListPaging.CursorOnly => Cursor(request, size ?? CursorPager.MaxSize, after, before),
            ListPaging.OffsetOnly => Offset(request),
            _ => Respond(request, unpaginated ?? source, (list, first) =>
            {
                var positions = new List<int>();
                for (var p = first; p < list.Length; p++)
                {
                    if (list.Include(p))
                    {
                        positions.Add(p);
                    }
                }

                return (positions, w =>
                {
                    if (mode == ListPaging.Whole && cursorRequested)
                    {
                        LastCursorPage(w);
                    }
                    else if (countWhenAll || mode == ListPaging.Whole)
                    {
                        w.WriteNull("next_page");
                        w.WriteNull("previous_page");
                        w.WriteNumber("count", positions.Count);
                    }
                });
            }),
        };
    }

    private static Task Cursor(ListRequest request, int size, string? after, string? before)
    {
        if (size is < 1 or > CursorPager.MaxSize)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("page[size]", "must be between 1 and 100"));
        }

        long? afterKey = null;
        long? beforeKey = null;
        if (after is not null)
        {
            afterKey = Cursors.TryList(after, out var parsed) ? parsed : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("page[after]", "is not a valid cursor"));
        }
        else if (before is not null)
        {
            beforeKey = Cursors.TryList(before, out var parsed) ? parsed : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("page[before]", "is not a valid cursor"));
        }

        var context = request.Context;
        var linkPath = request.LinkPath;
        return Respond(request, request.Source, (list, first) =>
        {
            var page = CursorPager.Page(list, size, afterKey, beforeKey, first);
            var sizeText = size.ToString(CultureInfo.InvariantCulture);
            return (page.Positions, w =>
            {
                w.WriteStartObject("meta");
                w.WriteBoolean("has_more", page.HasMore);
                w.StringOrNull("after_cursor", page.AfterCursor);
                w.StringOrNull("before_cursor", page.BeforeCursor);
                w.WriteEndObject();
                w.WriteStartObject("links");
                w.StringOrNull("prev", page.BeforeCursor is null ? null : Links.Build(context, linkPath, new Dictionary<string, string> { ["page[size]"] = sizeText, ["page[before]"] = page.BeforeCursor }, "page[after]"));
                w.StringOrNull("next", page.AfterCursor is null ? null : Links.Build(context, linkPath, new Dictionary<string, string> { ["page[size]"] = sizeText, ["page[after]"] = page.AfterCursor }, "page[before]"));
                w.WriteEndObject();
            });
        });
    }

    private static Task Offset(ListRequest request)
    {
        var context = request.Context;
        var linkPath = request.LinkPath;
        var pageNumber = Math.Max(1, QueryArgs.Int(context, "page") ?? 1);
        var perPage = Math.Clamp(QueryArgs.Int(context, "per_page") ?? OffsetPager.MaxPerPage, 1, OffsetPager.MaxPerPage);
        if (!OffsetPager.WithinDepth(pageNumber, perPage))
        {
            throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.PaginationDepth);
        }

        return Respond(request, request.Source, (list, first) =>
        {
            var page = OffsetPager.Page(list, pageNumber, perPage, first);
            return (page.Positions, w =>
            {
                w.StringOrNull("next_page", page.HasNext ? Links.Build(context, linkPath, new Dictionary<string, string> { ["page"] = (pageNumber + 1).ToString(CultureInfo.InvariantCulture) }) : null);
                w.StringOrNull("previous_page", pageNumber > 1 ? Links.Build(context, linkPath, new Dictionary<string, string> { ["page"] = (pageNumber - 1).ToString(CultureInfo.InvariantCulture) }) : null);
                w.WriteNumber("count", page.Count);
            });
        });
    }

    // The list is built when the response starts, under the account's read lock, so a page sees one
    // state of the data; a paging style picks the page's positions and writes what follows them.
    private static Task Respond(
        ListRequest request,
        Func<RenderContext, ListSource> source,
        Func<ListSource, int, (IReadOnlyList<int> Positions, Action<Utf8JsonWriter> WriteTail)> paginate)
    {
        var ctx = request.Ctx;
        return Responses.Json(request.Context, request.Host.Account, w =>
        {
            var list = source(ctx);
            var (positions, writeTail) = paginate(list, request.Start?.Invoke(list) ?? 0);
            w.WriteStartObject();
            Items(w, request.Key, list, positions);
            writeTail(w);
            request.SideLoads?.Invoke(w, ctx, positions, list);
            w.WriteEndObject();
        });
    }

    // A whole list asked for in cursor pages is its own first and last page: no cursors, no links.
    private static void LastCursorPage(Utf8JsonWriter w)
    {
        w.WriteStartObject("meta");
        w.WriteBoolean("has_more", false);
        w.WriteNull("after_cursor");
        w.WriteNull("before_cursor");
        w.WriteEndObject();
        w.WriteStartObject("links");
        w.WriteNull("prev");
        w.WriteNull("next");
        w.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter w, string key, ListSource list, IReadOnlyList<int> positions)
    {
        w.WriteStartArray(key);
        foreach (var position in positions)
        {
            list.Write(w, position);
        }

        w.WriteEndArray();
    }
}
