using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

internal static partial class CatalogGenerator
{
    private static readonly string[] MacroTitles =
    [
        "Close and redirect to topics", "Ask for more details", "Refund issued", "Escalate to tier 2", "Password reset steps",
        "Billing::Send invoice copy", "Shipping::Delay apology", "Known bug — workaround", "Mark as spam", "Downgrade plan",
    ];

    private static JsonObject Condition(string field, string op, JsonNode? value) => new() { ["field"] = field, ["operator"] = op, ["value"] = value };

    private static JsonObject Action(string field, JsonNode? value) => new() { ["field"] = field, ["value"] = value };

    private static List<CatalogItem> Macros(AccountShape shape, ref Prng prng)
    {
        var list = new List<CatalogItem>();
        var count = Math.Max(5, Math.Min(200, shape.Agents * 2));
        for (var m = 0; m < count; m++)
        {
            var id = Fields.CatalogId(CatalogKind.Macro, m + 1);
            var (created, updated) = Times(ref prng, shape);
            var title = MacroTitles[m % MacroTitles.Length] + (m >= MacroTitles.Length ? " " + (m / MacroTitles.Length + 1).ToString(CultureInfo.InvariantCulture) : string.Empty);
            var restricted = prng.Chance(0.3);
            list.Add(Item(id, created, updated, "macros", new JsonObject
            {
                ["id"] = id,
                ["title"] = title,
                ["raw_title"] = title,
                ["description"] = prng.Chance(0.5) ? $"Use when: {title.ToLowerInvariant()}" : null,
                ["active"] = prng.Chance(0.9),
                ["default"] = false,
                ["position"] = m + 1,
                ["actions"] = new JsonArray(
                    Action("status", "pending"),
                    Action("comment_value", prng.Pick(Words.AgentLines)),
                    Action("set_tags", prng.Pick(Words.Tags) + " " + prng.Pick(Words.Tags))),
                ["restriction"] = restricted
                    ? new JsonObject { ["type"] = "Group", ["id"] = Ids.GroupId(m % shape.Groups), ["ids"] = new JsonArray(Ids.GroupId(m % shape.Groups)) }
                    : null,
            }));
        }

        return list;
    }

    private static List<CatalogItem> Views(AccountShape shape, ref Prng prng)
    {
        string[] titles = ["Your unsolved tickets", "Unassigned tickets", "All unsolved tickets", "Recently updated tickets", "Pending tickets", "Recently solved tickets", "Urgent tickets", "VIP customers"];
        var list = new List<CatalogItem>();
        for (var v = 0; v < titles.Length; v++)
        {
            var id = Fields.CatalogId(CatalogKind.View, v + 1);
            var (created, updated) = Times(ref prng, shape);
            list.Add(Item(id, created, updated, "views", new JsonObject
            {
                ["id"] = id,
                ["title"] = titles[v],
                ["raw_title"] = titles[v],
                ["description"] = $"Tickets shown in {titles[v].ToLowerInvariant()}",
                ["active"] = true,
                ["default"] = v < 6,
                ["position"] = v + 1,
                ["restriction"] = new JsonObject { ["type"] = "Group", ["id"] = Ids.GroupId(v % shape.Groups), ["ids"] = new JsonArray(Ids.GroupId(v % shape.Groups)) },
                ["execution"] = new JsonObject
                {
                    ["group_by"] = "status",
                    ["group_order"] = "asc",
                    ["sort_by"] = "updated",
                    ["sort_order"] = "desc",
                    ["group"] = new JsonObject { ["id"] = "status", ["title"] = "Status", ["order"] = "asc" },
                    ["sort"] = new JsonObject { ["id"] = "updated", ["title"] = "Updated", ["order"] = "desc" },
                    ["columns"] = new JsonArray(
                        new JsonObject { ["id"] = "subject", ["title"] = "Subject" },
                        new JsonObject { ["id"] = "requester", ["title"] = "Requester" },
                        new JsonObject { ["id"] = "updated", ["title"] = "Updated" }),
                },
                ["conditions"] = new JsonObject
                {
                    ["all"] = new JsonArray(Condition("status", "less_than", "solved")),
                    ["any"] = new JsonArray(),
                },
            }));
        }

        return list;
    }

    private static List<CatalogItem> Triggers(AccountShape shape, ref Prng prng)
    {
        string[] titles = ["Notify requester of received request", "Notify requester of comment update", "Notify assignee of assignment", "Notify all agents of received request", "Auto-assign VIP", "Tag billing requests", "Escalate urgent", "Route by product"];
        var list = new List<CatalogItem>();
        for (var t = 0; t < titles.Length; t++)
        {
            var id = Fields.CatalogId(CatalogKind.Trigger, t + 1);
            var (created, updated) = Times(ref prng, shape);
            list.Add(Item(id, created, updated, "triggers", new JsonObject
            {
                ["id"] = id,
                ["title"] = titles[t],
                ["raw_title"] = titles[t],
                ["description"] = $"Runs when: {titles[t].ToLowerInvariant()}",
                ["active"] = true,
                ["default"] = t < 4,
                ["position"] = t + 1,
                ["category_id"] = Fields.CatalogId(CatalogKind.Trigger, 900 + (t % 2)).ToString(CultureInfo.InvariantCulture),
                ["conditions"] = new JsonObject
                {
                    ["all"] = new JsonArray(Condition("update_type", "is", "Create"), Condition("status", "is_not", "solved")),
                    ["any"] = new JsonArray(Condition("priority", "is", "urgent")),
                },
                ["actions"] = new JsonArray(Action("notification_user", new JsonArray("requester_id", "Request received", "We got your request."))),
                ["restriction"] = null,
            }));
        }

        return list;
    }

    private static List<CatalogItem> Automations(AccountShape shape, ref Prng prng)
    {
        string[] titles = ["Close ticket 4 days after status is set to solved", "Pending notification 24 hours", "Pending notification 5 days", "Remind assignee of on-hold tickets"];
        var list = new List<CatalogItem>();
        for (var a = 0; a < titles.Length; a++)
        {
            var id = Fields.CatalogId(CatalogKind.Automation, a + 1);
            var (created, updated) = Times(ref prng, shape);
            list.Add(Item(id, created, updated, "automations", new JsonObject
            {
                ["id"] = id,
                ["title"] = titles[a],
                ["raw_title"] = titles[a],
                ["active"] = a != 3,
                ["default"] = a == 0,
                ["position"] = a + 1,
                ["conditions"] = new JsonObject
                {
                    ["all"] = new JsonArray(Condition("status", "is", a == 0 ? "solved" : "pending"), Condition("SOLVED", "greater_than", "96")),
                    ["any"] = new JsonArray(),
                },
                ["actions"] = new JsonArray(Action("status", a == 0 ? "closed" : "open")),
            }));
        }

        return list;
    }

    private static List<CatalogItem> SlaPolicies(AccountShape shape)
    {
        string[] priorities = ["urgent", "high", "normal"];
        var list = new List<CatalogItem>();
        for (var p = 0; p < priorities.Length; p++)
        {
            var id = Fields.CatalogId(CatalogKind.SlaPolicy, p + 1);
            var target = (p + 1) * 60;
            list.Add(Item(id, shape.DataStart - (100 * 86400L), shape.DataStart + (p * 86400L), "slas/policies", new JsonObject
            {
                ["id"] = id,
                ["title"] = $"{char.ToUpperInvariant(priorities[p][0])}{priorities[p][1..]} tickets",
                ["description"] = $"Targets for {priorities[p]} tickets",
                ["position"] = p + 1,
                ["filter"] = new JsonObject
                {
                    ["all"] = new JsonArray(Condition("priority", "is", priorities[p])),
                    ["any"] = new JsonArray(),
                },
                ["policy_metrics"] = new JsonArray(
                    Metric(priorities[p], "first_reply_time", target, false),
                    Metric(priorities[p], "requester_wait_time", target * 8, true),
                    Metric(priorities[p], "agent_work_time", target * 16, true)),
            }));
        }

        return list;
    }

    private static JsonObject Metric(string priority, string metric, int target, bool businessHours) =>
        new() { ["priority"] = priority, ["metric"] = metric, ["target"] = target, ["business_hours"] = businessHours };
}
