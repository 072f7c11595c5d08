using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Finding organizations: show_many by ids or external ids (at most 100 of each, in the order asked,
/// unknown ones left out) and the exact search by external_id or by name, both case-insensitive as
/// Zendesk's reference says. Zendesk's organizations list takes no external_id filter, so none is served.
/// </summary>
internal static partial class ListEndpoints
{
    private static void MapOrganizationLookups(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/organizations/show_many", i => i with { Scope = "organizations" }, context =>
        {
            var ids = ShowManyList(context, "ids").Select(ParseId).ToList();
            var externalIds = ShowManyList(context, "external_ids");
            var ctx = new RenderContext(account, Links.BaseUrl(context));
            return Responses.Json(context, account, w =>
            {
                var organizations = ids.Select(account.Organizations.Store.IndexOf)
                    .Concat(externalIds.Select(account.Organizations.Keys.ByExternalId))
                    .Where(o => o >= 0)
                    .Distinct();
                w.WriteStartObject();
                w.WriteStartArray("organizations");
                foreach (var o in organizations)
                {
                    OrganizationJson.Write(w, ctx, o);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });

        ApiMap.Get(app, "/api/v2/organizations/search", i => i with { List = true, Scope = "organizations" }, context =>
        {
            var externalId = QueryArgs.Text(context, "external_id");
            var name = QueryArgs.Text(context, "name");
            if (string.IsNullOrWhiteSpace(externalId) == string.IsNullOrWhiteSpace(name))
            {
                throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("Exactly one of the parameters external_id and name is required."));
            }

            return ListServer.Serve(context, host, "organizations", "/api/v2/organizations/search.json", ListPaging.OffsetOnly, ctx =>
            {
                var o = string.IsNullOrWhiteSpace(externalId) ? account.Organizations.Keys.ByName(name!.Trim()) : account.Organizations.Keys.ByExternalId(externalId.Trim());
                int[] found = o >= 0 ? [o] : [];
                return new ListSource(found.Length, p => Ids.OrganizationId(found[p]), (w, p) => OrganizationJson.Write(w, ctx, found[p]));
            });
        });
    }
}
