using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

internal static partial class WriteEndpoints
{
    private static void MapOrganizations(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Write(app, HttpMethods.Post, "/api/v2/organizations/create_or_update", i => i with { Scope = "organizations" }, async context =>
        {
            var input = RequestBody.Organization(RequestBody.Wrapped(await RequestBody.ReadObject(context), "organization"));
            var outcome = Guard(() => account.Organizations.Upsert(input));
            await Record(context, account, "organization", outcome.Created, (w, ctx) => OrganizationJson.Write(w, ctx, outcome.Index));
        });

        ApiMap.Get(app, "/api/v2/organizations/{organization_id:long}", i => i with { Scope = "organizations" }, context =>
        {
            var o = account.Organizations.Store.IndexOf(ListEndpoints.RouteId(context, "organization_id"));
            return o >= 0
                ? Record(context, account, "organization", created: false, (w, ctx) => OrganizationJson.Write(w, ctx, o))
                : throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
        });

        ApiMap.Write(app, HttpMethods.Delete, "/api/v2/organizations/{organization_id:long}", i => i with { Scope = "organizations" }, context =>
        {
            var id = ListEndpoints.RouteId(context, "organization_id");
            Guard(() =>
            {
                account.Organizations.Delete(id, account.Memberships);
                return true;
            });
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });

        ApiMap.Write(app, HttpMethods.Post, "/api/v2/organization_memberships", i => i with { Scope = "organizations" }, async context =>
        {
            var body = RequestBody.Wrapped(await RequestBody.ReadObject(context), "organization_membership");
            var userId = RequestBody.Long(body, "user_id") ?? 0;
            var organizationId = RequestBody.Long(body, "organization_id") ?? 0;
            var membership = Guard(() => account.Memberships.Add(userId, organizationId));
            await Record(context, account, "organization_membership", created: true, (w, ctx) => OrganizationJson.WriteMembership(w, ctx, membership));
        });

        ApiMap.Write(app, HttpMethods.Delete, "/api/v2/organization_memberships/{organization_membership_id:long}", i => i with { Scope = "organizations" }, context =>
        {
            var id = ListEndpoints.RouteId(context, "organization_membership_id");
            Guard(() =>
            {
                account.Memberships.Remove(id);
                return true;
            });
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });

        ApiMap.Get(app, "/api/v2/organization_memberships/{organization_membership_id:long}", i => i with { Scope = "organizations" }, context =>
        {
            var membership = account.Memberships.Find(ListEndpoints.RouteId(context, "organization_membership_id"))
                ?? throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            return Record(context, account, "organization_membership", created: false, (w, ctx) => OrganizationJson.WriteMembership(w, ctx, membership));
        });
    }
}
