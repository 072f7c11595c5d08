using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Finding users: the users search (offset pages of at most 100, never more
/// than 10,000 results), the exact external_id look-up and show_many by ids or external ids.
/// </summary>
internal static partial class ListEndpoints
{
    /// <summary>show_many takes at most this many ids or external ids.</summary>
    public const int MaxShowMany = 100;

    private static void MapUserLookups(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/users/search", i => i with { List = true, Scope = "users" }, context =>
        {
            // external_id takes no search syntax: it is the exact look-up, whatever query says.
            var externalId = QueryArgs.Text(context, "external_id");
            var query = QueryArgs.Text(context, "query");
            if (string.IsNullOrWhiteSpace(externalId) && string.IsNullOrWhiteSpace(query))
            {
                throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("Parameter query or external_id is required."));
            }

            var terms = UserQueryTerm.Parse(query);
            return ListServer.Serve(context, host, "users", "/api/v2/users/search.json", ListPaging.OffsetOnly, ctx =>
                Found(ctx, string.IsNullOrWhiteSpace(externalId) ? UserSearch.Find(account.Users, terms, OffsetPager.MaxRecords) : UserSearch.WithExternalId(account.Users, externalId)));
        });

        ApiMap.Get(app, "/api/v2/users/show_many", i => i with { Scope = "users" }, context =>
        {
            // Parsed before the response starts, so that a bad id is a clean 400.
            var ids = ShowManyList(context, "ids").Select(ParseId).ToList();
            var externalIds = ShowManyList(context, "external_ids");
            var includeDeleted = QueryArgs.Flag(context, "include_deleted");
            var ctx = new RenderContext(account, Links.BaseUrl(context));
            return Responses.Json(context, account, w =>
            {
                var users = ids.Select(account.Users.Store.IndexOf)
                    .Concat(externalIds.Select(account.Users.Keys.ByExternalId))
                    .Where(u => u >= 0 && (includeDeleted || account.Users.Store.IsActive(u)))
                    .Distinct();
                w.WriteStartObject();
                w.WriteStartArray("users");
                foreach (var u in users)
                {
                    UserJson.Write(w, ctx, u);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    }

    /// <summary>The users found, as a list in their id order.</summary>
    private static ListSource Found(RenderContext ctx, List<int> users) =>
        new(users.Count, p => Ids.UserId(users[p]), (w, p) => UserJson.Write(w, ctx, users[p]));

    private static string[] ShowManyList(HttpContext context, string name)
    {
        var values = (QueryArgs.Text(context, name) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return values.Length <= MaxShowMany
            ? values
            : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue($"{name}: at most {MaxShowMany} values are accepted."));
    }

    private static long ParseId(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue($"ids: '{text}' is not an integer."));
}
