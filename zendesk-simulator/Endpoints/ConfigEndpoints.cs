using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Jobs;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// The account's configuration: rule categories and revisions, content, channels, access, custom
/// objects, jobs, sessions and bookmarks, each in the paging Zendesk gives it.
/// </summary>
internal static class ConfigEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var config = host.Account.Config;
        AddJobHistory(host);
        List(app, host, "trigger_categories", "trigger_categories", ListPaging.CursorOnly, config.TriggerCategories, scope: "triggers");
        List(app, host, "dynamic_content/items", "items", ListPaging.Dual, config.DynamicContentItems, PlanRules.DynamicContent, "dynamic_content");
        List(app, host, "locales", "locales", ListPaging.All, config.Locales);
        List(app, host, "sharing_agreements", "sharing_agreements", ListPaging.All, config.SharingAgreements);
        List(app, host, "targets", "targets", ListPaging.All, config.Targets, scope: "targets");
        List(app, host, "target_failures", "target_failures", ListPaging.All, config.TargetFailures, scope: "targets");
        List(app, host, "recipient_addresses", "recipient_addresses", ListPaging.Dual, config.RecipientAddresses);
        List(app, host, "organization_subscriptions", "organization_subscriptions", ListPaging.Dual, config.OrganizationSubscriptions, scope: "organizations");
        List(app, host, "brand_agents", "brand_agents", ListPaging.CursorOnly, config.BrandAgents);
        List(app, host, "group_slas/policies", "group_sla_policies", ListPaging.All, config.GroupSlaPolicies, PlanRules.GroupSlas, countWhenAll: true);
        List(app, host, "deletion_schedules", "deletion_schedules", ListPaging.All, config.DeletionSchedules);
        List(app, host, "custom_objects", "custom_objects", ListPaging.All, config.CustomObjects);
        List(app, host, "workspaces", "workspaces", ListPaging.All, config.Workspaces, PlanRules.Workspaces, countWhenAll: true);
        List(app, host, "sessions", "sessions", ListPaging.Dual, config.Sessions, scope: "users");
        List(app, host, "routing/attributes", "attributes", ListPaging.All, config.RoutingAttributes, PlanRules.Routing, countWhenAll: true);
        MapChildren(app, host, config);
        MapWebhooks(app, host, config);
        MapMacroCategories(app, host);
        MapJobs(app, host);
        MapBookmarks(app, host, config);
    }

    private static void List(
        WebApplication app,
        SimulatorHost host,
        string path,
        string key,
        ListPaging paging,
        IReadOnlyList<CatalogItem> items,
        string? feature = null,
        string? scope = null,
        bool countWhenAll = false) =>
        ListEndpoints.Catalog(app, host, path, key, paging, items, feature, scope, countWhenAll, byId: false, keyScope: false);

    private static ListSource Source(RenderContext ctx, IReadOnlyList<CatalogItem> items) =>
        ListSource.Of(items, item => item.Id, (w, item) => CatalogJson.Write(w, ctx, item));

    private static void MapChildren(WebApplication app, SimulatorHost host, ConfigRecords config)
    {
        // Revisions page with the older cursor envelope (after_cursor, before_url...); a trigger has
        // far fewer than the 1,000 a page holds, so every page is the last.
        ApiMap.Get(app, "/api/v2/triggers/{trigger_id:long}/revisions", i => i with { List = true, Feature = PlanRules.TriggerRevisions, Scope = "triggers" }, context =>
        {
            var revisions = config.TriggerRevisions.GetValueOrDefault(RouteLong(context, "trigger_id")) ?? throw NotFound();
            return Responses.Json(context, host.Account, w =>
            {
                var ctx = new RenderContext(host.Account, Links.BaseUrl(context));
                w.WriteStartObject();
                w.WriteStartArray("trigger_revisions");
                foreach (var revision in revisions)
                {
                    CatalogJson.Write(w, ctx, revision);
                }

                w.WriteEndArray();
                w.WriteNull("after_url");
                w.WriteNull("after_cursor");
                w.WriteNull("before_url");
                w.WriteNull("before_cursor");
                w.WriteNumber("count", revisions.Count);
                w.WriteEndObject();
            });
        });
        ApiMap.Get(app, "/api/v2/business_hours/schedules/{schedule_id:long}/holidays", i => i with { List = true, Feature = PlanRules.Schedules }, context =>
        {
            var holidays = config.Holidays.GetValueOrDefault(RouteLong(context, "schedule_id")) ?? throw NotFound();
            return ListServer.Serve(context, host, "holidays", context.Request.Path.Value!, ListPaging.All, ctx => Source(ctx, holidays));
        });
        ApiMap.Get(app, "/api/v2/routing/attributes/{attribute_id}/values", i => i with { List = true, Feature = PlanRules.Routing }, context =>
        {
            var values = config.RoutingAttributeValues.GetValueOrDefault(RouteText(context, "attribute_id")) ?? throw NotFound();
            return ListServer.Serve(context, host, "attribute_values", context.Request.Path.Value!, ListPaging.All, ctx => Source(ctx, values));
        });
        ApiMap.Get(app, "/api/v2/custom_objects/{custom_object_key}/fields", i => i with { List = true }, context =>
        {
            var fields = config.CustomObjectFields.GetValueOrDefault(RouteText(context, "custom_object_key")) ?? throw NotFound();
            return ListServer.Serve(context, host, "custom_object_fields", context.Request.Path.Value!, ListPaging.All, ctx => Source(ctx, fields));
        });
        ApiMap.Get(app, "/api/v2/custom_objects/{custom_object_key}/records", i => i with { List = true }, context =>
        {
            var key = RouteText(context, "custom_object_key");
            var records = config.CustomObjectRecords.GetValueOrDefault(key) ?? throw NotFound();
            return ListServer.Serve(context, host, "custom_object_records", $"/api/v2/custom_objects/{key}/records.json", ListPaging.CursorOnly, ctx => Source(ctx, records));
        });
    }

    private static void MapWebhooks(WebApplication app, SimulatorHost host, ConfigRecords config) =>
        ApiMap.Get(app, "/api/v2/webhooks", i => i with { List = true, Scope = "webhooks" }, context =>
        {
            // The webhooks API filters by name and status; its pages are cursor pages.
            var name = QueryArgs.Text(context, "filter[name_contains]");
            var status = QueryArgs.Text(context, "filter[status]");
            var hooks = config.Webhooks
                .Where(h => name is null || h.Body["name"]!.GetValue<string>().Contains(name, StringComparison.OrdinalIgnoreCase))
                .Where(h => status is null || h.Body["status"]!.GetValue<string>() == status)
                .ToList();
            return ListServer.Serve(context, host, "webhooks", "/api/v2/webhooks", ListPaging.CursorOnly, ctx => Source(ctx, hooks));
        });

    private static void MapMacroCategories(WebApplication app, SimulatorHost host) =>
        ApiMap.Get(app, "/api/v2/macros/categories", i => i with { Scope = "macros" }, context =>
        {
            var categories = MacroCategories.Of(host.Account.Catalog.Macros);
            return Responses.Json(context, host.Account, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("categories");
                foreach (var category in categories)
                {
                    w.WriteStringValue(category);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });

    private static void MapJobs(WebApplication app, SimulatorHost host) =>
        ApiMap.Get(app, "/api/v2/job_statuses", i => i with { List = true }, context =>
        {
            var jobs = host.Jobs.All();
            return ListServer.Serve(context, host, "job_statuses", "/api/v2/job_statuses.json", ListPaging.Dual, ctx =>
                new ListSource(jobs.Count, p => p, (w, p) => JobStatusJson.Write(w, ctx, jobs[p], jobs[p].View)));
        });

    // Two imports an admin ran the day before the simulator's data ends, so the list of job statuses
    // of a fresh account is not empty.
    private static void AddJobHistory(SimulatorHost host)
    {
        var shape = host.Account.Shape;
        var ended = DateTimeOffset.FromUnixTimeSeconds(shape.DataEnd);
        host.Jobs.AddHistory(WriteEndpoints.BulkUsersJobType, [new JobResult { Index = 0, Id = Ids.UserId(shape.Agents), Success = true, Status = "Created" }], ended.AddDays(-1));
        host.Jobs.AddHistory(
            WriteEndpoints.BulkUsersJobType,
            [
                new JobResult { Index = 0, Id = Ids.UserId(shape.Agents + 1), Action = "update", Status = "Updated", Success = true },
                new JobResult { Index = 1, Id = Ids.UserId(0), Action = "update", Status = "Failed", Success = false, Error = "PermissionDenied", Details = "An agent cannot change the account owner" },
            ],
            ended.AddHours(-20));
    }

    private static void MapBookmarks(WebApplication app, SimulatorHost host, ConfigRecords config) =>
        ApiMap.Get(app, "/api/v2/bookmarks", i => i with { List = true, Scope = "tickets" }, context =>
            ListServer.Serve(context, host, "bookmarks", "/api/v2/bookmarks.json", ListPaging.Dual, ctx =>
                ListSource.Of(config.Bookmarks, b => b.Id, (w, b) => BookmarkJson.Write(w, ctx, b), b => BookmarkJson.Listed(ctx, b))));

    private static long RouteLong(HttpContext context, string name) =>
        long.Parse(context.Request.RouteValues[name]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static string RouteText(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    private static ApiException NotFound() => new(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
}
