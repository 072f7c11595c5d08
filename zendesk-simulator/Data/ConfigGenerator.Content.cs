using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

internal static partial class ConfigGenerator
{
    // Zendesk's own locale ids.
    private static readonly (long Id, string Locale, string Name)[] AccountLocales =
        [(1, "en-US", "English"), (2, "es", "Español"), (8, "de", "Deutsch"), (16, "fr", "Français"), (19, "pt-br", "Português (Brasil)")];

    private static List<CatalogItem> Locales(AccountShape shape)
    {
        var list = new List<CatalogItem>();
        for (var l = 0; l < AccountLocales.Length; l++)
        {
            var (id, locale, name) = AccountLocales[l];
            var created = shape.DataStart - (3000 * Day) + (l * Day);
            list.Add(Item(id, created, created + (400 * Day), $"/locales/{id}.json", new JsonObject
            {
                ["id"] = id,
                ["locale"] = locale,
                ["name"] = name,
            }));
        }

        return list;
    }

    private static List<CatalogItem> DynamicContent(AccountShape shape)
    {
        (string Name, string English, string German)[] items =
        [
            ("Greeting", "Hello {{ticket.requester.first_name}},", "Hallo {{ticket.requester.first_name}},"),
            ("Signature", "Kind regards, the support team", "Mit freundlichen Grüßen, Ihr Support-Team"),
            ("Out of office", "Our team is away until Monday.", "Unser Team ist bis Montag nicht erreichbar."),
            ("Survey link", "Tell us how we did.", "Wie zufrieden waren Sie?"),
        ];
        var list = new List<CatalogItem>();
        for (var i = 0; i < items.Length; i++)
        {
            var id = ConfigIds.Of(ConfigKind.DynamicContentItem, i + 1);
            var (name, english, german) = items[i];
            var created = shape.DataStart - (220 * Day) + (i * 9 * Day);
            var updated = created + ((i + 2) * 6 * Day);
            var variants = new JsonArray(
                Variant(id, 1, 1, english, true, created, updated),
                Variant(id, 2, 8, german, false, created + Day, updated - (i % 2 * 3600)));
            list.Add(Item(id, created, updated, $"/dynamic_content/items/{id}.json", new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["placeholder"] = "{{dc." + name.ToLowerInvariant().Replace(' ', '_') + "}}",
                ["default_locale_id"] = 1,
                ["outdated"] = i == 2,
                ["variants"] = variants,
            }));
        }

        return list;
    }

    private static JsonObject Variant(long item, int n, long locale, string content, bool isDefault, long created, long updated)
    {
        var id = ConfigIds.Of(ConfigKind.DynamicContentVariant, (item % 1_000_000 * 10) + n);
        return new JsonObject
        {
            // An API path: the writer puts the address the client called in front of it.
            ["url"] = $"/dynamic_content/items/{item}/variants/{id}.json",
            ["id"] = id,
            ["content"] = content,
            ["locale_id"] = locale,
            ["outdated"] = false,
            ["active"] = true,
            ["default"] = isDefault,
            ["created_at"] = Iso(created),
            ["updated_at"] = Iso(updated),
        };
    }

    private static Dictionary<long, IReadOnlyList<CatalogItem>> Holidays(AccountShape shape, IReadOnlyList<CatalogItem> schedules)
    {
        (string Name, int Month, int Day, int Days)[][] calendars =
        [
            [("New Year's Day", 1, 1, 1), ("Labour Day", 5, 1, 1), ("Christmas", 12, 24, 3)],
            [("New Year's Day", 1, 1, 1), ("Independence Day", 7, 4, 1), ("Thanksgiving", 11, 26, 2), ("Christmas Day", 12, 25, 1)],
        ];
        var year = DateTimeOffset.FromUnixTimeSeconds(shape.DataEnd).Year;
        var byId = new Dictionary<long, IReadOnlyList<CatalogItem>>();
        for (var s = 0; s < schedules.Count; s++)
        {
            var schedule = schedules[s];
            var calendar = calendars[s % calendars.Length];
            var holidays = new List<CatalogItem>();
            for (var h = 0; h < calendar.Length; h++)
            {
                var id = ConfigIds.Of(ConfigKind.Holiday, (s * 16L) + h + 1);
                var (name, month, day, days) = calendar[h];
                var start = new DateOnly(year, month, day);
                holidays.Add(new CatalogItem(id, schedule.Created, schedule.Created, null, new JsonObject
                {
                    ["id"] = id,
                    ["name"] = name,
                    ["start_date"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["end_date"] = start.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }));
            }

            byId[schedule.Id] = holidays;
        }

        return byId;
    }

    private static (List<CatalogItem> Objects, Dictionary<string, IReadOnlyList<CatalogItem>> Fields, Dictionary<string, IReadOnlyList<CatalogItem>> Records) CustomObjects(AccountShape shape, ref Prng prng)
    {
        (string Key, string Title, string Plural, (string Key, string Type, string Title)[] Fields, string[] Names)[] objects =
        [
            ("device", "Device", "Devices", [("model", "dropdown", "Model"), ("serial_number", "text", "Serial number"), ("purchased_on", "date", "Purchased on")], ["Laptop", "Phone", "Router", "Tablet", "Headset"]),
            ("contract", "Contract", "Contracts", [("plan", "text", "Plan"), ("seats", "integer", "Seats"), ("renews", "checkbox", "Renews automatically")], ["Annual", "Monthly", "Pilot"]),
        ];
        string[] models = ["Mk I", "Mk II", "Pro", "Lite"];
        var list = new List<CatalogItem>();
        var fields = new Dictionary<string, IReadOnlyList<CatalogItem>>(StringComparer.Ordinal);
        var records = new Dictionary<string, IReadOnlyList<CatalogItem>>(StringComparer.Ordinal);
        var admin = Ids.UserId(0).ToString(CultureInfo.InvariantCulture);
        for (var o = 0; o < objects.Length; o++)
        {
            var (key, title, plural, definitions, names) = objects[o];
            var created = shape.DataStart - (100 * Day) + (o * 20 * Day);
            list.Add(Item(ConfigIds.Of(ConfigKind.CustomObject, o + 1), created, created + (15 * Day), $"/custom_objects/{key}.json", new JsonObject
            {
                ["key"] = key,
                ["title"] = title,
                ["raw_title"] = title,
                ["title_pluralized"] = plural,
                ["raw_title_pluralized"] = plural,
                ["description"] = $"The {plural.ToLowerInvariant()} of our customers",
                ["raw_description"] = $"The {plural.ToLowerInvariant()} of our customers",
                ["include_in_list_view"] = true,
                ["allows_photos"] = o == 0,
                ["allows_attachments"] = o == 0,
                ["created_by_user_id"] = admin,
                ["updated_by_user_id"] = admin,
            }));

            var objectFields = new List<CatalogItem>();
            for (var f = 0; f < definitions.Length; f++)
            {
                var id = ConfigIds.Of(ConfigKind.CustomObjectField, (o * 100L) + f + 1);
                var (fieldKey, type, fieldTitle) = definitions[f];
                objectFields.Add(Item(id, created, created, $"/custom_objects/{key}/fields/{id}.json", new JsonObject
                {
                    ["id"] = id,
                    ["key"] = fieldKey,
                    ["type"] = type,
                    ["title"] = fieldTitle,
                    ["raw_title"] = fieldTitle,
                    ["description"] = fieldTitle,
                    ["raw_description"] = fieldTitle,
                    ["position"] = f,
                    ["active"] = true,
                    ["system"] = false,
                    ["required"] = false,
                    ["regexp_for_validation"] = null,
                }));
            }

            fields[key] = objectFields;
            var count = 6 + (int)prng.Between(0, 6);
            var objectRecords = new List<CatalogItem>();
            for (var r = 0; r < count; r++)
            {
                var n = ConfigIds.Of(ConfigKind.CustomObjectRecord, (o * 100_000L) + r + 1);
                var recordCreated = created + Day + prng.Between(0, shape.DataEnd - created - Day);
                var recordUpdated = recordCreated + prng.Between(0, shape.DataEnd - recordCreated);
                var id = ConfigIds.Ulid(recordCreated, n);
                var values = new JsonObject();
                foreach (var (fieldKey, type, _) in definitions)
                {
                    values[fieldKey] = type switch
                    {
                        "dropdown" => prng.Pick(models).ToLowerInvariant().Replace(' ', '_'),
                        "integer" => JsonValue.Create(prng.Between(1, 250)),
                        "checkbox" => JsonValue.Create(prng.Chance(0.5)),
                        "date" => DateTimeOffset.FromUnixTimeSeconds(recordCreated).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        _ => prng.Chance(0.2) ? null : $"{key.ToUpperInvariant()}-{prng.Between(10_000, 99_999)}",
                    };
                }

                objectRecords.Add(Item(n, recordCreated, recordUpdated, $"/custom_objects/{key}/records/{id}.json", new JsonObject
                {
                    ["id"] = id,
                    ["name"] = $"{names[r % names.Length]} {r + 1}",
                    ["external_id"] = prng.Chance(0.5) ? $"ext-{key}-{r + 1}" : null,
                    ["custom_object_key"] = key,
                    ["custom_object_fields"] = values,
                    ["created_by_user_id"] = admin,
                    ["updated_by_user_id"] = admin,
                }));
            }

            records[key] = objectRecords;
        }

        return (list, fields, records);
    }
}
