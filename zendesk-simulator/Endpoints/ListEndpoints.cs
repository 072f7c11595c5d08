using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>The list endpoints of the stream table that read the account's small record sets.</summary>
internal static partial class ListEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var catalog = host.Account.Catalog;
        Catalog(app, host, "groups", "groups", ListPaging.Dual, catalog.Groups);
        Catalog(app, host, "group_memberships", "group_memberships", ListPaging.Dual, catalog.GroupMemberships, scope: "groups");
        Catalog(app, host, "macros", "macros", ListPaging.Dual, catalog.Macros);
        Catalog(app, host, "brands", "brands", ListPaging.CursorOnly, catalog.Brands);
        Catalog(app, host, "ticket_fields", "ticket_fields", ListPaging.CursorOrAll, catalog.TicketFields, scope: "tickets");
        Catalog(app, host, "ticket_forms", "ticket_forms", ListPaging.Dual, catalog.TicketForms, PlanRules.TicketForms, "tickets");
        var fields = host.Account.CustomFields;
        LiveCatalog(app, host, "user_fields", () => fields.UserItems, PlanRules.CustomFields, "users");
        LiveCatalog(app, host, "organization_fields", () => fields.OrganizationItems, PlanRules.CustomFields, "organizations");
        Catalog(app, host, "views", "views", ListPaging.Dual, catalog.Views);
        Catalog(app, host, "triggers", "triggers", ListPaging.Dual, catalog.Triggers);
        Catalog(app, host, "automations", "automations", ListPaging.Dual, catalog.Automations);
        Catalog(app, host, "slas/policies", "sla_policies", ListPaging.All, catalog.SlaPolicies, PlanRules.SlaPolicies, countWhenAll: true);
        Catalog(app, host, "custom_roles", "custom_roles", ListPaging.All, catalog.CustomRoles, PlanRules.CustomRoles);
        Catalog(app, host, "business_hours/schedules", "schedules", ListPaging.All, catalog.Schedules, PlanRules.Schedules);
        Catalog(app, host, "channels/voice/phone_numbers", "phone_numbers", ListPaging.OffsetOnly, catalog.PhoneNumbers, PlanRules.Talk);
        MapTags(app, host);
        MapPeople(app, host);
        MapUserLookups(app, host);
        MapOrganizationLookups(app, host);
        MapTicketLists(app, host);
        MapActivities(app, host);
        MapAuditLogs(app, host);
    }

    /// <summary>
    /// Serves a fixed list of catalog items. Lists that keep their items' own order (config lists whose
    /// ids are not assigned in order) pass <paramref name="byId"/> false; lists whose OAuth scope is not
    /// their records key and that take none pass <paramref name="keyScope"/> false.
    /// </summary>
    public static void Catalog(
        WebApplication app,
        SimulatorHost host,
        string path,
        string key,
        ListPaging paging,
        IReadOnlyList<CatalogItem> items,
        string? feature = null,
        string? scope = null,
        bool countWhenAll = false,
        bool byId = true,
        bool keyScope = true)
    {
        // Cursors name ids, so cursor and offset pages go by id; unpaginated lists keep their own
        // order (ticket fields by position).
        var paged = byId ? items.OrderBy(i => i.Id).ToArray() : items;
        ApiMap.Get(app, "/api/v2/" + path, i => i with { List = true, Feature = feature, Scope = scope ?? (keyScope ? key : null) }, context =>
            ListServer.Serve(context, host, key, $"/api/v2/{path}.json", paging, ctx => Source(ctx, paged), countWhenAll: countWhenAll, unpaginated: ctx => Source(ctx, items)));
    }

    // A list that grows while the simulator runs (fields created through the API), read afresh per request.
    private static void LiveCatalog(WebApplication app, SimulatorHost host, string key, Func<IReadOnlyList<CatalogItem>> items, string feature, string scope) =>
        ApiMap.Get(app, "/api/v2/" + key, i => i with { List = true, Feature = feature, Scope = scope }, context =>
        {
            var now = items();
            var byId = now.OrderBy(i => i.Id).ToArray();
            return ListServer.Serve(context, host, key, $"/api/v2/{key}.json", ListPaging.Dual, ctx => Source(ctx, byId), unpaginated: ctx => Source(ctx, now));
        });

    private static ListSource Source(RenderContext ctx, IReadOnlyList<CatalogItem> items) =>
        ListSource.Of(items, item => item.Id, (w, item) => CatalogJson.Write(w, ctx, item));

    private static void MapTags(WebApplication app, SimulatorHost host)
    {
        // Tags have no id: the list is ordered by popularity and cursors name the position.
        ApiMap.Get(app, "/api/v2/tags", i => i with { List = true, Scope = "tickets" }, context =>
            ListServer.Serve(context, host, "tags", "/api/v2/tags.json", ListPaging.Dual, _ =>
            {
                var tags = host.Account.Tickets.Tags;
                return new ListSource(tags.Count, p => p, (w, p) =>
                {
                    w.WriteStartObject();
                    w.WriteString("name", tags[p].Name);
                    w.WriteNumber("count", tags[p].Count);
                    w.WriteEndObject();
                });
            }));
    }
}
