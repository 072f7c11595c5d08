using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// The per-user aliases of organization memberships: the user comes from the
/// path, an unknown one or a membership of another user is a 404, and adding and removing do what
/// the top-level endpoints do (the removal also unassigns the user's working tickets).
/// </summary>
internal static partial class WriteEndpoints
{
    private const string UserMemberships = "/api/v2/users/{user_id:long}/organization_memberships";

    private static void MapUserMemberships(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;

        // Listed default first, then by organization name: the cursor names the place in that order.
        ApiMap.Get(app, UserMemberships, i => i with { List = true, Scope = "organizations" }, context =>
        {
            var userId = ListEndpoints.RouteId(context, "user_id");
            var u = KnownUser(account, userId);
            return ListServer.Serve(context, host, "organization_memberships", $"/api/v2/users/{userId}/organization_memberships.json", ListPaging.Dual, ctx =>
            {
                var memberships = account.Memberships.Of(u);
                return new ListSource(memberships.Count, p => p, (w, p) => OrganizationJson.WriteMembership(w, ctx, memberships[p]));
            });
        });

        ApiMap.Write(app, HttpMethods.Post, UserMemberships, i => i with { Scope = "organizations" }, async context =>
        {
            var userId = ListEndpoints.RouteId(context, "user_id");
            KnownUser(account, userId);
            var body = RequestBody.Wrapped(await RequestBody.ReadObject(context), "organization_membership");
            var organizationId = RequestBody.Long(body, "organization_id") ?? 0;
            var membership = Guard(() => account.Memberships.Add(userId, organizationId));
            await Record(context, account, "organization_membership", created: true, (w, ctx) => OrganizationJson.WriteMembership(w, ctx, membership));
        });

        ApiMap.Get(app, UserMemberships + "/{organization_membership_id:long}", i => i with { Scope = "organizations" }, context =>
        {
            var membership = MembershipOfUser(context, account);
            return Record(context, account, "organization_membership", created: false, (w, ctx) => OrganizationJson.WriteMembership(w, ctx, membership));
        });

        ApiMap.Write(app, HttpMethods.Delete, UserMemberships + "/{organization_membership_id:long}", i => i with { Scope = "organizations" }, context =>
        {
            var membership = MembershipOfUser(context, account);
            Guard(() =>
            {
                account.Memberships.Remove(membership.Id);
                return true;
            });
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }

    private static int KnownUser(Account account, long userId)
    {
        var u = account.Users.Store.IndexOf(userId);
        return u >= 0 ? u : throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
    }

    private static Membership MembershipOfUser(HttpContext context, Account account)
    {
        var u = KnownUser(account, ListEndpoints.RouteId(context, "user_id"));
        return account.Memberships.Find(ListEndpoints.RouteId(context, "organization_membership_id")) is { } membership && membership.User == u
            ? membership
            : throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
    }
}
