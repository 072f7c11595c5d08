using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

internal static partial class CatalogGenerator
{
    private static readonly (string Type, string Title)[] SystemFields =
    [
        ("subject", "Subject"), ("description", "Description"), ("status", "Status"), ("tickettype", "Type"),
        ("priority", "Priority"), ("group", "Group"), ("assignee", "Assignee"),
    ];

    private static List<CatalogItem> TicketFields(long start)
    {
        var list = new List<CatalogItem>();
        for (var i = 0; i < SystemFields.Length; i++)
        {
            var (type, title) = SystemFields[i];
            var body = FieldBody(Fields.CatalogId(CatalogKind.TicketField, 100 + i), type, title, i + 1, null);
            body["removable"] = false;
            body["required"] = type is "subject" or "description";
            var options = type switch
            {
                "status" => TicketCodes.Statuses,
                "priority" => ["low", "normal", "high", "urgent"],
                "tickettype" => ["question", "incident", "problem", "task"],
                _ => null,
            };
            if (options is not null)
            {
                body["system_field_options"] = new JsonArray([.. options.Select(o => new JsonObject { ["name"] = char.ToUpperInvariant(o[0]) + o[1..], ["value"] = o })]);
            }

            list.Add(Item(Fields.CatalogId(CatalogKind.TicketField, 100 + i), start - (900 * 86400L), start - (800 * 86400L), "ticket_fields", body));
        }

        foreach (var field in Fields.Ticket)
        {
            var body = FieldBody(field.Id, field.Type, field.Title, SystemFields.Length + field.Position, field);
            body["removable"] = true;
            body["required"] = false;
            if (field.ApiKey is { } key)
            {
                body["key"] = key;
            }

            if (field.Type == "lookup")
            {
                body["relationship_target_type"] = "zen:user";
                body["relationship_filter"] = new JsonObject();
            }

            list.Add(Item(field.Id, start - (300 * 86400L) + (field.Position * 86400L), start + (field.Position * 7 * 86400L), "ticket_fields", body));
        }

        // In position order, which the ids do not follow (system fields were numbered apart):
        // unpaginated lists keep this order, cursor pages go by id.
        return list;
    }

    private static JsonObject FieldBody(long id, string type, string title, int position, FieldDefinition? field)
    {
        var body = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["title"] = title,
            ["raw_title"] = title,
            ["description"] = $"{title} of the request",
            ["raw_description"] = $"{title} of the request",
            ["agent_description"] = string.Empty,
            ["position"] = position,
            ["active"] = true,
            ["collapsed_for_agents"] = false,
            ["regexp_for_validation"] = type == "regexp" ? "\\ASN-\\d{4}-[A-Z]{2}\\z" : null,
            ["title_in_portal"] = title,
            ["raw_title_in_portal"] = title,
            ["visible_in_portal"] = type is "subject" or "description" or "tagger",
            ["editable_in_portal"] = type is "subject" or "description",
            ["required_in_portal"] = type is "subject" or "description",
            ["agent_can_edit"] = true,
            ["tag"] = type == "checkbox" ? field?.Key : null,
            ["sub_type_id"] = 0,
        };
        if (field is not null && field.Options.Count > 0)
        {
            body["custom_field_options"] = OptionsJson(field, "ticket_fields");
        }

        return body;
    }

    private static JsonArray OptionsJson(FieldDefinition field, string path) =>
        new([.. field.Options.Select((o, i) => new JsonObject
        {
            ["id"] = o.Id,
            ["name"] = o.Name,
            ["raw_name"] = o.Name,
            ["value"] = o.Value,
            ["position"] = i,
            ["default"] = false,
            // An API path: the writer puts the address the client called in front of it.
            ["url"] = $"/{path}/{field.Id}/options/{o.Id}.json",
        })]);

    private static List<CatalogItem> TicketForms(AccountShape shape)
    {
        var list = new List<CatalogItem>();
        var fieldIds = SystemFields.Select((_, i) => Fields.CatalogId(CatalogKind.TicketField, 100 + i)).ToList();
        for (var f = 0; f < shape.Forms; f++)
        {
            var id = Fields.CatalogId(CatalogKind.TicketForm, f + 1);
            var name = f == 0 ? "Default Ticket Form" : $"Form {f + 1}";
            var custom = Fields.Ticket.Where((_, i) => f == 0 || i % shape.Forms == f).Select(d => d.Id);
            list.Add(Item(id, shape.DataStart - (500 * 86400L), shape.DataStart + (f * 30 * 86400L), "ticket_forms", new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["raw_name"] = name,
                ["display_name"] = name,
                ["raw_display_name"] = name,
                ["end_user_visible"] = true,
                ["position"] = f + 1,
                ["ticket_field_ids"] = new JsonArray([.. fieldIds.Concat(custom).Select(x => JsonValue.Create(x))]),
                ["active"] = true,
                ["default"] = f == 0,
                ["in_all_brands"] = f == 0,
                ["restricted_brand_ids"] = f == 0 ? new JsonArray() : new JsonArray(Fields.CatalogId(CatalogKind.Brand, 1)),
                ["agent_conditions"] = new JsonArray(),
                ["end_user_conditions"] = new JsonArray(),
            }));
        }

        return list;
    }

    private static List<CatalogItem> CustomFields(IReadOnlyList<FieldDefinition> fields, string path, long start)
    {
        var list = new List<CatalogItem>();
        foreach (var field in fields)
        {
            var body = CustomFieldBody.Of(field, $"The {field.Title.ToLowerInvariant()}", field.Type == "regexp" ? "\\ASN-\\d{4}-[A-Z]{2}\\z" : null);
            if (field.Type == "checkbox")
            {
                body["tag"] = field.Key;
            }

            if (field.Options.Count > 0)
            {
                body["custom_field_options"] = OptionsJson(field, path);
            }

            list.Add(Item(field.Id, start - (200 * 86400L) + (field.Position * 86400L), start + (field.Position * 11 * 86400L), path, body));
        }

        return list;
    }
}
