using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// GET /api/v2/search: tickets, users and organizations found by <see cref="SearchQuery"/>, each with
/// its result_type, in offset pages of at most 100. count is every match, but no page may reach past
/// the first 1,000 results: such a request is a 422.
/// </summary>
internal static class SearchEndpoints
{
    public const int MaxResults = 1000;

    private static readonly byte[] TicketType = ""","result_type":"ticket"}"""u8.ToArray();
    private static readonly byte[] UserType = ""","result_type":"user"}"""u8.ToArray();
    private static readonly byte[] OrganizationType = ""","result_type":"organization"}"""u8.ToArray();

    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/search", i => i with { List = true }, context =>
        {
            var text = QueryArgs.Text(context, "query");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("Parameter query is required."));
            }

            var query = SearchQuery.Parse(text);
            var page = Math.Max(1, QueryArgs.Int(context, "page") ?? 1);
            var perPage = Math.Clamp(QueryArgs.Int(context, "per_page") ?? OffsetPager.MaxPerPage, 1, OffsetPager.MaxPerPage);
            if ((long)page * perPage > MaxResults)
            {
                throw new ApiException(StatusCodes.Status422UnprocessableEntity, ErrorBodies.SearchLimit);
            }

            var ctx = new RenderContext(account, Links.BaseUrl(context));
            return Responses.Json(context, account, w =>
            {
                var hits = AccountSearch.Find(account, query);
                var first = (page - 1) * perPage;
                w.WriteStartObject();
                w.WriteStartArray("results");
                for (var n = first; n < Math.Min(hits.Count, first + perPage); n++)
                {
                    WriteHit(w, ctx, hits[n]);
                }

                w.WriteEndArray();
                w.WriteNull("facets");

                // Zendesk documents no next page past the cap; the link stops where a request would be refused,
                // so that a client following next_page until it is null never meets the 422.
                var hasNext = hits.Count > first + perPage && (long)(page + 1) * perPage <= MaxResults;
                w.StringOrNull("next_page", hasNext ? PageLink(context, page + 1) : null);
                w.StringOrNull("previous_page", page > 1 ? PageLink(context, page - 1) : null);
                w.WriteNumber("count", hits.Count);
                w.WriteEndObject();
            });
        });
    }

    private static string PageLink(HttpContext context, int page) =>
        Links.Build(context, "/api/v2/search.json", new Dictionary<string, string> { ["page"] = page.ToString(CultureInfo.InvariantCulture) });

    // The record is rendered as its endpoint renders it, then closed with its result_type.
    private static void WriteHit(Utf8JsonWriter w, RenderContext ctx, SearchHit hit)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var record = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            switch (hit.Type)
            {
                case SearchQuery.Ticket:
                    TicketJson.Write(record, ctx, hit.Index, export: false, metricSet: false);
                    break;
                case SearchQuery.User:
                    UserJson.Write(record, ctx, hit.Index);
                    break;
                default:
                    OrganizationJson.Write(record, ctx, hit.Index);
                    break;
            }
        }

        var json = buffer.WrittenSpan;
        var type = hit.Type switch
        {
            SearchQuery.Ticket => TicketType,
            SearchQuery.User => UserType,
            _ => OrganizationType,
        };
        var whole = new byte[json.Length - 1 + type.Length];
        json[..^1].CopyTo(whole);
        type.CopyTo(whole.AsSpan(json.Length - 1));
        w.WriteRawValue(whole, skipInputValidation: true);
    }
}
