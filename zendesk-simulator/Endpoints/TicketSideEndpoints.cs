using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Custom statuses, satisfaction reasons, deleted tickets and users, and suspended tickets. Each list
/// is read afresh per request, since deletions made through the API join it.
/// </summary>
internal static class TicketSideEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        Items(app, host, "custom_statuses", "custom_statuses", ListPaging.All, null, "tickets", () => TicketSideRecords.CustomStatuses(account));
        Items(app, host, "satisfaction_reasons", "reasons", ListPaging.All, PlanRules.SatisfactionRatings, "satisfaction_ratings", () => TicketSideRecords.SatisfactionReasons(account));
        Items(app, host, "suspended_tickets", "suspended_tickets", ListPaging.Dual, null, "tickets", () => TicketSideRecords.SuspendedTickets(account));
        Indexed(app, host, "deleted_tickets", "tickets", () => TicketSideRecords.DeletedTickets(account), Ids.TicketId, TicketSideJson.WriteDeletedTicket);
        Indexed(app, host, "deleted_users", "users", () => TicketSideRecords.DeletedUsers(account), Ids.UserId, TicketSideJson.WriteDeletedUser);
    }

    private static void Items(WebApplication app, SimulatorHost host, string path, string key, ListPaging paging, string? feature, string scope, Func<IReadOnlyList<CatalogItem>> items) =>
        ApiMap.Get(app, "/api/v2/" + path, i => i with { List = true, Feature = feature, Scope = scope }, context =>
        {
            IReadOnlyList<CatalogItem> now;
            using (host.Account.Read())
            {
                now = items();
            }

            return ListServer.Serve(context, host, key, $"/api/v2/{path}.json", paging, ctx =>
                ListSource.Of(now, item => item.Id, (w, item) => CatalogJson.Write(w, ctx, item)));
        });

    // Records of the big stores, listed by index (ids grow with it), written from the store as it is.
    private static void Indexed(
        WebApplication app,
        SimulatorHost host,
        string path,
        string scope,
        Func<IReadOnlyList<int>> indexes,
        Func<int, long> id,
        Action<System.Text.Json.Utf8JsonWriter, RenderContext, int> write) =>
        ApiMap.Get(app, "/api/v2/" + path, i => i with { List = true, Scope = scope }, context =>
        {
            IReadOnlyList<int> now;
            using (host.Account.Read())
            {
                now = indexes();
            }

            return ListServer.Serve(context, host, path, $"/api/v2/{path}.json", ListPaging.Dual, ctx =>
                new ListSource(now.Count, p => id(now[p]), (w, p) => write(w, ctx, now[p])));
        });
}
