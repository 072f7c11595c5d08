using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Creating user and organization fields ({"user_field": {"type","title","key","description"}}):
/// 201 with the field, which the field list shows at once and whose key records take from then on.
/// Plan-gated as the lists are.
/// </summary>
internal static partial class WriteEndpoints
{
    private static void MapFields(WebApplication app, SimulatorHost host)
    {
        MapField(app, host, "user_fields", "user_field", "users", organization: false);
        MapField(app, host, "organization_fields", "organization_field", "organizations", organization: true);
    }

    private static void MapField(WebApplication app, SimulatorHost host, string path, string key, string scope, bool organization)
    {
        var account = host.Account;
        ApiMap.Write(app, HttpMethods.Post, "/api/v2/" + path, i => i with { Scope = scope, Feature = PlanRules.CustomFields }, async context =>
        {
            var field = RequestBody.Wrapped(await RequestBody.ReadObject(context), key);
            var item = Guard(() => account.CustomFields.Create(
                organization,
                RequestBody.Text(field, "key"),
                RequestBody.Text(field, "title"),
                RequestBody.Text(field, "type"),
                RequestBody.Text(field, "description"),
                RequestBody.Text(field, "tag")));
            await Record(context, account, key, created: true, (w, ctx) => CatalogJson.Write(w, ctx, item));
        });
    }
}
