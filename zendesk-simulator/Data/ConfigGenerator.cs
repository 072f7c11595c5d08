using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// Builds the configuration records of an account from its shape and catalog, so that they agree with
/// the rest of it: trigger categories are those the triggers name, a trigger's newest revision is the
/// trigger as it stands, recipient addresses and agents belong to the account's brands.
/// </summary>
internal static partial class ConfigGenerator
{
    private const long Day = 86400;

    public static ConfigRecords Build(AccountShape shape, Catalog catalog)
    {
        var prng = new Prng(shape.Seed, ConfigIds.Salt, 0);
        var (objects, objectFields, records) = CustomObjects(shape, ref prng);
        var targets = Targets(shape);
        var (attributes, values) = Routing(shape);
        return new ConfigRecords
        {
            TriggerCategories = TriggerCategories(shape, catalog.Triggers),
            TriggerRevisions = TriggerRevisions(catalog.Triggers, shape),
            DynamicContentItems = DynamicContent(shape),
            Locales = Locales(shape),
            SharingAgreements = SharingAgreements(shape),
            Targets = targets,
            TargetFailures = TargetFailures(shape, targets),
            RecipientAddresses = RecipientAddresses(catalog.Brands),
            OrganizationSubscriptions = OrganizationSubscriptions(shape, ref prng),
            BrandAgents = BrandAgents(shape, catalog.Brands),
            GroupSlaPolicies = GroupSlaPolicies(shape),
            DeletionSchedules = DeletionSchedules(shape),
            Holidays = Holidays(shape, catalog.Schedules),
            CustomObjects = objects,
            CustomObjectFields = objectFields,
            CustomObjectRecords = records,
            Webhooks = Webhooks(shape),
            Workspaces = Workspaces(shape, catalog),
            Sessions = Sessions(shape, ref prng),
            RoutingAttributes = attributes,
            RoutingAttributeValues = values,
            Bookmarks = Bookmarks(shape),
        };
    }

    private static JsonValue Iso(long seconds) => JsonValue.Create(Epoch.Iso(seconds));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static CatalogItem Item(long id, long created, long updated, string? path, JsonObject body)
    {
        body["created_at"] = Iso(created);
        body["updated_at"] = Iso(updated);
        return new CatalogItem(id, created, updated, path, body);
    }

    private static JsonObject Condition(string field, string op, JsonNode? value) => new() { ["field"] = field, ["operator"] = op, ["value"] = value };

    private static List<CatalogItem> TriggerCategories(AccountShape shape, IReadOnlyList<CatalogItem> triggers)
    {
        // The categories the triggers name, in the order of their ids.
        string[] names = ["Notifications", "Routing and escalation", "Tagging", "Service levels"];
        var ids = triggers
            .Select(t => long.Parse(t.Body["category_id"]!.GetValue<string>(), CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();
        var list = new List<CatalogItem>();
        for (var c = 0; c < ids.Count; c++)
        {
            var created = shape.DataStart - (250 * Day) + (c * 3600);
            list.Add(Item(ids[c], created, created + (c * Day), null, new JsonObject
            {
                ["id"] = Text(ids[c]),
                ["name"] = names[c % names.Length],
                ["position"] = c,
            }));
        }

        return list;
    }

    private static Dictionary<long, IReadOnlyList<CatalogItem>> TriggerRevisions(IReadOnlyList<CatalogItem> triggers, AccountShape shape)
    {
        var byTrigger = new Dictionary<long, IReadOnlyList<CatalogItem>>();
        for (var t = 0; t < triggers.Count; t++)
        {
            var trigger = triggers[t];
            var count = 1 + (t % 3);
            var revisions = new List<CatalogItem>();
            for (var r = 0; r < count; r++)
            {
                var id = ConfigIds.Of(ConfigKind.TriggerRevision, (t * 8L) + r + 1);
                var latest = r == count - 1;

                // The first revision is the trigger's creation, the last its latest update.
                var at = latest ? trigger.Updated : trigger.Created + ((trigger.Updated - trigger.Created) * r / count);
                var title = trigger.Body["title"]!.GetValue<string>();
                var description = latest ? trigger.Body["description"]?.GetValue<string>() : $"Draft {r + 1}: {title.ToLowerInvariant()}";
                var snapshot = new JsonObject
                {
                    ["title"] = title,
                    ["description"] = description,
                    ["active"] = latest ? trigger.Body["active"]!.GetValue<bool>() : r % 2 == 0,
                    ["conditions"] = trigger.Body["conditions"]!.DeepClone(),
                    ["actions"] = trigger.Body["actions"]!.DeepClone(),
                };
                var diff = new JsonObject
                {
                    ["source_id"] = r == 0 ? id : id - 1,
                    ["target_id"] = id,
                    ["title"] = new JsonArray(),
                    ["description"] = new JsonArray(),
                    ["active"] = new JsonArray(),
                    ["conditions"] = new JsonObject(),
                    ["actions"] = new JsonArray(),
                };
                var body = new JsonObject
                {
                    ["id"] = id,
                    ["author_id"] = Ids.UserId(r % shape.Admins),
                    ["created_at"] = Iso(at),
                    ["snapshot"] = snapshot,
                    ["diff"] = diff,
                };
                revisions.Add(new CatalogItem(id, at, at, $"/triggers/{trigger.Id}/revisions/{id}.json", body));
            }

            revisions.Reverse();
            byTrigger[trigger.Id] = revisions;
        }

        return byTrigger;
    }

    private static List<CatalogItem> GroupSlaPolicies(AccountShape shape)
    {
        (string Title, int Minutes)[] policies = [("Tier 1 hand-off", 30), ("Escalations ownership", 240)];
        var list = new List<CatalogItem>();
        for (var p = 0; p < policies.Length; p++)
        {
            var id = ConfigIds.Of(ConfigKind.GroupSlaPolicy, p + 1);
            var (title, minutes) = policies[p];
            var created = shape.DataStart - (120 * Day) + (p * Day);
            var metrics = new JsonArray();
            foreach (var priority in new[] { "urgent", "high", "normal", "low" })
            {
                metrics.Add(new JsonObject { ["priority"] = priority, ["metric"] = "group_ownership_time", ["target"] = minutes * (metrics.Count + 1), ["business_hours"] = p == 1 });
            }

            list.Add(Item(id, created, created + (30 * Day), $"/group_slas/policies/{Text(id)}.json", new JsonObject
            {
                ["id"] = Text(id),
                ["title"] = title,
                ["description"] = $"How long one group may hold a ticket: {title.ToLowerInvariant()}",
                ["position"] = p + 1,
                ["filter"] = new JsonObject
                {
                    ["all"] = new JsonArray(new JsonObject
                    {
                        ["field"] = "group_id",
                        ["operator"] = "includes",
                        ["value"] = new JsonArray(JsonValue.Create(Ids.GroupId(p % shape.Groups))),
                    }),
                },
                ["policy_metrics"] = metrics,
            }));
        }

        return list;
    }

    private static List<CatalogItem> DeletionSchedules(AccountShape shape)
    {
        (string Title, string Object, int Days, bool Active)[] schedules = [("Delete closed tickets after two years", "ticket", 730, true), ("Delete inactive end users", "user", 1095, false)];
        var list = new List<CatalogItem>();
        for (var s = 0; s < schedules.Length; s++)
        {
            var id = ConfigIds.Of(ConfigKind.DeletionSchedule, s + 1);
            var (title, kind, days, active) = schedules[s];
            var created = shape.DataStart - (90 * Day) + (s * 7 * Day);
            list.Add(Item(id, created, created + (5 * Day), $"/deletion_schedules/{id}.json", new JsonObject
            {
                ["id"] = id,
                ["title"] = title,
                ["description"] = $"Data retention: {title.ToLowerInvariant()}",
                ["active"] = active,
                ["default"] = false,
                ["object"] = kind,
                ["conditions"] = new JsonObject
                {
                    ["all"] = new JsonArray(
                        Condition(kind == "ticket" ? "status" : "role", "is", kind == "ticket" ? "closed" : "end-user"),
                        Condition(kind == "ticket" ? "closed_at" : "last_login_at", "greater_than", Text(days))),
                    ["any"] = new JsonArray(),
                },
            }));
        }

        return list;
    }

    private static List<CatalogItem> Workspaces(AccountShape shape, Catalog catalog)
    {
        var list = new List<CatalogItem>();
        var forms = catalog.TicketForms;
        for (var w = 0; w < Math.Min(2, forms.Count); w++)
        {
            var id = ConfigIds.Of(ConfigKind.Workspace, w + 1);
            var form = forms[w];
            var macros = new JsonArray([.. catalog.Macros.Skip(w * 2).Take(2).Select(m => JsonValue.Create(m.Id))]);
            var created = shape.DataStart - (60 * Day) + (w * Day);
            list.Add(Item(id, created, created + (10 * Day), $"/workspaces/{id}.json", new JsonObject
            {
                ["id"] = id,
                ["title"] = w == 0 ? "Billing desk" : "Technical desk",
                ["description"] = w == 0 ? "Macros and apps for billing requests" : "Macros and apps for technical requests",
                ["activated"] = true,
                ["position"] = w + 1,
                ["ticket_form_id"] = form.Id,
                ["prefer_workspace_app_order"] = false,
                ["apps"] = new JsonArray(),
                ["macro_ids"] = macros.DeepClone(),
                ["macros"] = macros,
                ["selected_macros"] = new JsonArray(),
                ["conditions"] = new JsonObject
                {
                    ["all"] = new JsonArray(Condition("ticket_form_id", "is", Text(form.Id))),
                    ["any"] = new JsonArray(),
                },
            }));
        }

        return list;
    }
}
