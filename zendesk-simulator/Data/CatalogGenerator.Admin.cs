using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

internal static partial class CatalogGenerator
{
    private static List<CatalogItem> CustomRoles(AccountShape shape)
    {
        (string Name, bool Edit, string Access)[] roles = [("Staff", true, "within-groups"), ("Team lead", true, "all"), ("Advisor", false, "all"), ("Light agent", false, "within-groups")];
        var list = new List<CatalogItem>();
        for (var r = 0; r < roles.Length; r++)
        {
            var id = Fields.CatalogId(CatalogKind.CustomRole, r + 1);
            var (name, edit, access) = roles[r];
            list.Add(Item(id, shape.DataStart - (700 * 86400L), shape.DataStart - ((50 - r) * 86400L), null, new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["description"] = $"Can do what a {name.ToLowerInvariant()} needs",
                ["role_type"] = r == 3 ? 1 : 0,
                ["team_member_count"] = Math.Max(0, shape.Agents / (r + 2)),
                ["configuration"] = new JsonObject
                {
                    ["assign_tickets_to_any_group"] = edit,
                    ["chat_access"] = true,
                    ["end_user_list_access"] = "full",
                    ["end_user_profile_access"] = edit ? "full" : "readonly",
                    ["explore_access"] = "readonly",
                    ["forum_access"] = "readonly",
                    ["forum_access_restricted_content"] = false,
                    ["macro_access"] = edit ? "manage-group" : "readonly",
                    ["manage_business_rules"] = r == 1,
                    ["manage_dynamic_content"] = false,
                    ["manage_extensions_and_channels"] = false,
                    ["manage_facebook"] = false,
                    ["moderate_forums"] = false,
                    ["organization_editing"] = edit,
                    ["organization_notes_editing"] = edit,
                    ["report_access"] = "readonly",
                    ["ticket_access"] = access,
                    ["ticket_comment_access"] = r == 3 ? "private" : "public",
                    ["ticket_deletion"] = r == 1,
                    ["ticket_editing"] = edit,
                    ["ticket_merge"] = edit,
                    ["ticket_tag_editing"] = edit,
                    ["twitter_search_access"] = false,
                    ["user_view_access"] = "readonly",
                    ["view_access"] = edit ? "manage-group" : "readonly",
                    ["view_deleted_tickets"] = r == 1,
                    ["voice_access"] = true,
                    ["view_audit_logs"] = r == 1,
                },
            }));
        }

        return list;
    }

    private static List<CatalogItem> Schedules(AccountShape shape)
    {
        (string Name, string Zone, int From, int To)[] schedules = [("Europe office", "Berlin", 8 * 60, 18 * 60), ("Americas office", "Eastern Time (US & Canada)", 9 * 60, 17 * 60)];
        var list = new List<CatalogItem>();
        for (var s = 0; s < schedules.Length; s++)
        {
            var id = Fields.CatalogId(CatalogKind.Schedule, s + 1);
            var (name, zone, from, to) = schedules[s];
            var intervals = new JsonArray();
            for (var day = 1; day <= 5; day++)
            {
                // Minutes since Sunday 00:00, one interval per working day.
                intervals.Add(new JsonObject { ["start_time"] = (day * 1440) + from, ["end_time"] = (day * 1440) + to });
            }

            list.Add(Item(id, shape.DataStart - (300 * 86400L), shape.DataStart - (10 * 86400L) + s, "business_hours/schedules", new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["time_zone"] = zone,
                ["intervals"] = intervals,
            }));
        }

        return list;
    }

    private static List<CatalogItem> PhoneNumbers(AccountShape shape)
    {
        var list = new List<CatalogItem>();
        for (var p = 0; p < 3; p++)
        {
            var id = Fields.CatalogId(CatalogKind.PhoneNumber, p + 1);
            var number = string.Create(CultureInfo.InvariantCulture, $"+1415555{1000 + p:D4}");
            var item = Item(id, shape.DataStart - (200 * 86400L) + p, shape.DataStart - (200 * 86400L) + p, "channels/voice/phone_numbers", new JsonObject
            {
                ["id"] = id,
                ["number"] = number,
                ["display_number"] = string.Create(CultureInfo.InvariantCulture, $"+1 (415) 555-{1000 + p:D4}"),
                ["name"] = p == 0 ? "Main line" : $"Line {p + 1}",
                ["nickname"] = p == 0 ? "Main line" : $"Line {p + 1}",
                ["country_code"] = "US",
                ["location"] = "CA",
                ["toll_free"] = p == 2,
                ["capabilities"] = new JsonObject { ["sms"] = p == 0, ["mms"] = false, ["voice"] = true },
                ["sms_enabled"] = p == 0,
                ["voice_enabled"] = true,
                ["outbound_enabled"] = p != 2,
                ["recorded"] = true,
                ["transcription"] = false,
                ["external"] = false,
                ["priority"] = 0,
                ["default_group_id"] = Ids.GroupId(p % shape.Groups),
                ["group_ids"] = new JsonArray(Ids.GroupId(p % shape.Groups)),
                ["greeting_ids"] = new JsonArray(Fields.CatalogId(CatalogKind.Greeting, 1)),
                ["default_greeting_ids"] = new JsonArray("voicemail_en", "available_en"),
                ["categorised_greetings"] = new JsonObject { ["1"] = "voicemail_en", ["2"] = "available_en" },
                ["ivr_id"] = null,
                ["schedule_id"] = Fields.CatalogId(CatalogKind.Schedule, 1),
                ["line_type"] = "phone",
                ["brand_id"] = Fields.CatalogId(CatalogKind.Brand, 1),
                ["call_recording_consent"] = "always",
                ["failover_number"] = null,
                ["token"] = string.Create(CultureInfo.InvariantCulture, $"phone-token-{p}"),
            });
            // Talk phone numbers carry created_at but no updated_at.
            item.Body.Remove("updated_at");
            list.Add(item);
        }

        return list;
    }

    private static List<CatalogItem> AuditLogs(AccountShape shape)
    {
        (string Action, string Label, string Source)[] kinds =
            [("login", "Signed in", "user"), ("update", "Updated", "ticket"), ("create", "Created", "trigger"), ("update", "Updated", "macro"), ("destroy", "Deleted", "ticket"), ("exported", "Exported", "report")];
        var count = Math.Clamp(shape.Users / 10, 50, 2000);
        var list = new List<CatalogItem>(count);
        var from = shape.DataEnd - (365 * 86400L);
        for (var n = 0; n < count; n++)
        {
            var prng = new Prng(shape.Seed, Salts.AuditLog, n);
            var time = from + ((shape.DataEnd - from) * n / count) + prng.Below(60);
            var (action, label, source) = prng.Pick(kinds);
            var actor = prng.Below(shape.Agents);
            var id = Ids.AuditLog + n + 1;
            var sourceId = source == "user" ? Ids.UserId(actor) : Fields.CatalogId(CatalogKind.Macro, 1 + prng.Below(5));
            var item = Item(id, time, time, "audit_logs", new JsonObject
            {
                ["id"] = id,
                ["action"] = action,
                ["action_label"] = label,
                ["actor_id"] = Ids.UserId(actor),
                ["actor_name"] = PersonText.FullName(shape.Seed, actor),
                ["change_description"] = action == "login" ? "Successful sign-in using Zendesk password" : $"{label} {source}",
                ["ip_address"] = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{prng.Below(250) + 1}"),
                ["source_id"] = sourceId,
                ["source_label"] = source == "user" ? PersonText.FullName(shape.Seed, actor) : $"{source} {sourceId}",
                ["source_type"] = source,
            });
            // Audit log entries have a created_at only.
            item.Body.Remove("updated_at");
            list.Add(item);
        }

        return list;
    }
}
