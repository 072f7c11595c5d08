using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// The account configuration streams as the simulator holds them, written by its own record writers;
/// the records of a list read per parent carry the parent's key, as the tap adds it.
/// </summary>
internal static class ConfigurationRecords
{
    public static IReadOnlyList<string> Streams { get; } =
    [
        "trigger_categories", "trigger_revisions", "macro_categories", "dynamic_content_items", "locales", "sharing_agreements", "targets",
        "target_failures", "recipient_addresses", "organization_subscriptions", "brand_agents", "group_sla_policies",
        "deletion_schedules", "schedule_holidays", "custom_objects", "custom_object_records", "routing_attributes",
        "routing_attribute_values", "webhooks", "workspaces",
        "job_statuses", "sessions", "bookmarks",
    ];

    public static void Add(Dictionary<string, List<JsonObject>> streams, SimulatorHost simulator, RenderContext ctx)
    {
        var config = simulator.Account.Config;
        Items(streams["trigger_categories"], ctx, config.TriggerCategories);
        Items(streams["dynamic_content_items"], ctx, config.DynamicContentItems);
        Items(streams["locales"], ctx, config.Locales);
        Items(streams["sharing_agreements"], ctx, config.SharingAgreements);
        Items(streams["targets"], ctx, config.Targets);
        Items(streams["target_failures"], ctx, config.TargetFailures);
        Items(streams["recipient_addresses"], ctx, config.RecipientAddresses);
        Items(streams["organization_subscriptions"], ctx, config.OrganizationSubscriptions);
        Items(streams["brand_agents"], ctx, config.BrandAgents);
        Items(streams["group_sla_policies"], ctx, config.GroupSlaPolicies);
        Items(streams["deletion_schedules"], ctx, config.DeletionSchedules);
        Items(streams["custom_objects"], ctx, config.CustomObjects);
        Items(streams["webhooks"], ctx, config.Webhooks);
        Items(streams["workspaces"], ctx, config.Workspaces);
        Items(streams["sessions"], ctx, config.Sessions);
        Items(streams["routing_attributes"], ctx, config.RoutingAttributes);
        foreach (var (attribute, values) in config.RoutingAttributeValues)
        {
            Items(streams["routing_attribute_values"], ctx, values, ("routing_attribute_id", attribute));
        }

        foreach (var (trigger, revisions) in config.TriggerRevisions)
        {
            Items(streams["trigger_revisions"], ctx, revisions, ("trigger_id", trigger));
        }

        foreach (var (schedule, holidays) in config.Holidays)
        {
            Items(streams["schedule_holidays"], ctx, holidays, ("schedule_id", schedule));
        }

        foreach (var records in config.CustomObjectRecords.Values)
        {
            Items(streams["custom_object_records"], ctx, records);
        }

        foreach (var category in MacroCategories.Of(simulator.Account.Catalog.Macros))
        {
            streams["macro_categories"].Add(new JsonObject { ["name"] = category });
        }

        foreach (var job in simulator.Jobs.All())
        {
            streams["job_statuses"].Add(Rendered.Object(w => JobStatusJson.Write(w, ctx, job, job.View)));
        }

        foreach (var bookmark in config.Bookmarks.Where(b => BookmarkJson.Listed(ctx, b)))
        {
            streams["bookmarks"].Add(Rendered.Object(w => BookmarkJson.Write(w, ctx, bookmark)));
        }
    }

    private static void Items(List<JsonObject> records, RenderContext ctx, IEnumerable<CatalogItem> items, (string Name, JsonNode Value)? parent = null)
    {
        foreach (var item in items)
        {
            var record = Rendered.Object(w => CatalogJson.Write(w, ctx, item));
            if (parent is { } link)
            {
                record[link.Name] = link.Value.DeepClone();
            }

            records.Add(record);
        }
    }
}
