using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

internal static partial class ListEndpoints
{
    private static void MapPeople(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        // external_id filters the list to the one user with that external id (exact, case-insensitive).
        ApiMap.Get(app, "/api/v2/users", i => i with { List = true, Scope = "users" }, context =>
        {
            var externalId = QueryArgs.Text(context, "external_id");
            return ListServer.Serve(context, host, "users", "/api/v2/users.json", ListPaging.Dual, ctx => externalId is null
                ? new ListSource(account.Users.Store.Count, u => Ids.UserId(u), (w, u) => UserJson.Write(w, ctx, u))
                : Found(ctx, UserSearch.WithExternalId(account.Users, externalId)));
        });

        ApiMap.Get(app, "/api/v2/users/me", i => i with { Scope = "users" }, context =>
        {
            var ctx = new RenderContext(account, Links.BaseUrl(context));
            return Responses.Json(context, account, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("user");
                UserJson.Write(w, ctx, 0);
                w.WriteEndObject();
            });
        });

        ApiMap.Get(app, "/api/v2/users/{user_id:long}", i => i with { Scope = "users" }, context =>
        {
            var u = account.Users.Store.IndexOf(RouteId(context, "user_id"));
            if (u < 0)
            {
                throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            }

            var ctx = new RenderContext(account, Links.BaseUrl(context));
            return Responses.Json(context, account, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("user");
                UserJson.Write(w, ctx, u);
                w.WriteEndObject();
            });
        });

        ApiMap.Get(app, "/api/v2/users/{user_id:long}/identities", i => i with { List = true, Scope = "users" }, context =>
        {
            var userId = RouteId(context, "user_id");
            var u = account.Users.Store.IndexOf(userId);
            if (u < 0)
            {
                throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            }

            return ListServer.Serve(context, host, "identities", $"/api/v2/users/{userId}/identities.json", ListPaging.Dual, ctx =>
                new ListSource(UserJson.IdentityCount(account, u), p => UserJson.IdentityId(account, u, p), (w, p) => UserJson.WriteIdentity(w, ctx, u, p)));
        });

        ApiMap.Get(app, "/api/v2/organizations", i => i with { List = true, Scope = "organizations" }, context =>
            ListServer.Serve(context, host, "organizations", "/api/v2/organizations.json", ListPaging.Dual, ctx =>
            {
                var organizations = account.Organizations.Store;
                return new ListSource(
                    organizations.Count,
                    o => Ids.OrganizationId(o),
                    (w, o) => OrganizationJson.Write(w, ctx, o),
                    organizations.AnyDeleted ? o => !organizations.IsDeleted(o) : null);
            }));

        ApiMap.Get(app, "/api/v2/organization_memberships", i => i with { List = true, Scope = "organizations" }, context =>
            ListServer.Serve(context, host, "organization_memberships", "/api/v2/organization_memberships.json", ListPaging.Dual, ctx =>
            {
                var memberships = account.Memberships.Store;
                return new ListSource(
                    memberships.Count,
                    memberships.IdAt,
                    (w, p) => OrganizationJson.WriteMembership(w, ctx, memberships.At(p, account.Users.Store)),
                    memberships.AnyRemoved ? memberships.IsLive : null);
            }));
    }

    internal static long RouteId(HttpContext context, string name) =>
        long.TryParse(context.Request.RouteValues[name]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
}
