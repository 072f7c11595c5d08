using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>Builds the small record sets of an account from its shape.</summary>
internal static partial class CatalogGenerator
{
    private static readonly string[] GroupNames = ["Support", "Billing", "Technical", "Escalations", "VIP", "Onboarding", "Returns", "Partners"];

    public static Catalog Build(AccountShape shape, UserStore users)
    {
        var prng = new Prng(shape.Seed, Salts.Catalog, 0);
        var start = shape.DataStart;
        return new Catalog
        {
            Groups = Groups(shape, ref prng),
            GroupMemberships = GroupMemberships(shape, users),
            Brands = Brands(shape),
            TicketFields = TicketFields(start),
            TicketForms = TicketForms(shape),
            UserFields = CustomFields(Fields.User, "user_fields", start),
            OrganizationFields = CustomFields(Fields.Organization, "organization_fields", start),
            Macros = Macros(shape, ref prng),
            Views = Views(shape, ref prng),
            Triggers = Triggers(shape, ref prng),
            Automations = Automations(shape, ref prng),
            SlaPolicies = SlaPolicies(shape),
            CustomRoles = CustomRoles(shape),
            Schedules = Schedules(shape),
            PhoneNumbers = PhoneNumbers(shape),
            AuditLogs = AuditLogs(shape),
        };
    }

    private static JsonValue Iso(long seconds) => JsonValue.Create(Epoch.Iso(seconds));

    private static (long Created, long Updated) Times(ref Prng prng, AccountShape shape)
    {
        var created = shape.DataStart - prng.Between(0, 180 * 86400L);
        return (created, created + prng.Between(0, shape.DataEnd - created));
    }

    private static CatalogItem Item(long id, long created, long updated, string? path, JsonObject body)
    {
        body["created_at"] = Iso(created);
        body["updated_at"] = Iso(updated);
        return new CatalogItem(id, created, updated, path is null ? null : string.Create(CultureInfo.InvariantCulture, $"/{path}/{id}.json"), body);
    }

    private static List<CatalogItem> Groups(AccountShape shape, ref Prng prng)
    {
        var list = new List<CatalogItem>();
        for (var g = 0; g < shape.Groups; g++)
        {
            var (created, updated) = Times(ref prng, shape);
            var name = GroupNames[g % GroupNames.Length] + (g >= GroupNames.Length ? " " + (g / GroupNames.Length + 1).ToString(CultureInfo.InvariantCulture) : string.Empty);
            list.Add(Item(Ids.GroupId(g), created, updated, "groups", new JsonObject
            {
                ["id"] = Ids.GroupId(g),
                ["is_public"] = true,
                ["name"] = name,
                ["description"] = $"Agents who handle {name.ToLowerInvariant()} requests.",
                ["default"] = g == 0,
                ["deleted"] = false,
            }));
        }

        return list;
    }

    private static List<CatalogItem> GroupMemberships(AccountShape shape, UserStore users)
    {
        var list = new List<CatalogItem>();
        for (var u = 0; u < shape.Agents; u++)
        {
            var prng = new Prng(shape.Seed, Salts.Catalog, 1000 + u);
            var created = users.Created[u] + 3600;
            list.Add(Membership(u, 0, users.DefaultGroup[u], true, created, created + prng.Between(0, shape.DataEnd - created)));
            if (shape.Groups > 1 && prng.Chance(0.4))
            {
                list.Add(Membership(u, 1, (users.DefaultGroup[u] + 1) % shape.Groups, false, created + 60, created + 60));
            }
        }

        return list;
    }

    private static CatalogItem Membership(int user, int n, int group, bool isDefault, long created, long updated)
    {
        var id = Ids.GroupMembership + (user * 4L) + n;
        return Item(id, created, updated, "group_memberships", new JsonObject
        {
            ["id"] = id,
            ["user_id"] = Ids.UserId(user),
            ["group_id"] = Ids.GroupId(group),
            ["default"] = isDefault,
        });
    }

    private static List<CatalogItem> Brands(AccountShape shape)
    {
        var list = new List<CatalogItem>();
        for (var b = 0; b < shape.Brands; b++)
        {
            var id = Fields.CatalogId(CatalogKind.Brand, b + 1);
            var subdomain = b == 0 ? shape.Subdomain : shape.Subdomain + "-" + (b + 1).ToString(CultureInfo.InvariantCulture);
            list.Add(Item(id, shape.DataStart - (400 * 86400L), shape.DataStart + (b * 86400L), "brands", new JsonObject
            {
                ["id"] = id,
                ["name"] = b == 0 ? "Simulator Support" : "Simulator Brand " + (b + 1).ToString(CultureInfo.InvariantCulture),
                ["brand_url"] = $"https://{subdomain}.zendesk.com",
                ["subdomain"] = subdomain,
                ["host_mapping"] = $"support{b + 1}.simulator.example",
                // Every third brand has no help center, so an account of three has two with one and one without.
                ["has_help_center"] = b % 3 != 2,
                ["help_center_state"] = b % 3 != 2 ? "enabled" : "disabled",
                ["active"] = true,
                ["default"] = b == 0,
                ["is_deleted"] = false,
                ["logo"] = Logo(id, subdomain),
                ["ticket_form_ids"] = new JsonArray([.. Enumerable.Range(1, shape.Forms).Select(f => JsonValue.Create(Fields.CatalogId(CatalogKind.TicketForm, f)))]),
                ["signature_template"] = "{{agent.signature}}",
            }));
        }

        return list;
    }

    private static JsonObject Logo(long brandId, string subdomain) => new()
    {
        // An API path: the writer puts the address the client called in front of it.
        ["url"] = $"/attachments/{brandId + 1}.json",
        ["id"] = brandId + 1,
        ["file_name"] = "logo.png",
        ["content_url"] = $"https://{subdomain}.zendesk.com/system/brands/{brandId}/logo.png",
        ["mapped_content_url"] = $"https://{subdomain}.zendesk.com/system/brands/{brandId}/logo.png",
        ["content_type"] = "image/png",
        ["size"] = 16_384,
        ["width"] = 128,
        ["height"] = 128,
        ["inline"] = false,
        ["deleted"] = false,
        ["malware_access_override"] = false,
        ["malware_scan_result"] = "malware_not_found",
        ["thumbnails"] = new JsonArray(),
    };
}
