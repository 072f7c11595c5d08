using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>Builds an account's Talk records from its shape and phone numbers.</summary>
internal static class TalkGenerator
{
    // Zendesk's greeting categories have small fixed ids.
    private static readonly string[] CategoryNames = ["voicemail", "available", "wait", "hold", "ivr", "callback", "callback_confirmation"];

    public static TalkRecords Build(AccountShape shape, Catalog catalog, int tickets)
    {
        var phoneIds = catalog.PhoneNumbers.Select(p => p.Id).ToArray();
        var setUp = shape.DataStart - (200 * 86400L);
        return new TalkRecords
        {
            Calls = new TalkCalls(shape, tickets, phoneIds),
            Addresses = Addresses(setUp),
            GreetingCategories = [.. CategoryNames.Select((name, i) => new CatalogItem(i + 1, setUp, setUp, null, new JsonObject { ["id"] = i + 1, ["name"] = name }))],
            Greetings = Greetings(shape, setUp, phoneIds),
            Ivrs = Ivrs(setUp, phoneIds),
            Lines = Lines(catalog, setUp),
            Settings = new JsonObject
            {
                ["agent_confirmation_when_forwarding"] = true,
                ["agent_wrap_up_after_calls"] = true,
                ["maximum_queue_size"] = 5,
                ["maximum_queue_wait_time"] = 1,
                ["only_during_business_hours"] = false,
                ["recordings_public"] = true,
                ["supported_locales"] = new JsonArray(new JsonObject { ["id"] = "en-US", ["name"] = "English (United States)" }, new JsonObject { ["id"] = "de", ["name"] = "Deutsch" }),
                ["voice"] = true,
            },
        };
    }

    private static List<CatalogItem> Addresses(long setUp)
    {
        (string Name, string Street, string Zip, string City, string? Province, string? State, string Country)[] places =
            [("Head office", "1019 Market Street", "94103", "San Francisco", null, "CA", "US"), ("Berlin office", "Neue Schönhauser Str. 3", "10178", "Berlin", null, null, "DE")];
        return [.. places.Select((p, i) =>
        {
            var id = Fields.CatalogId(CatalogKind.TalkAddress, i + 1);
            return new CatalogItem(id, setUp, setUp, null, new JsonObject
            {
                ["id"] = id,
                ["name"] = p.Name,
                ["street"] = p.Street,
                ["zip"] = p.Zip,
                ["city"] = p.City,
                ["province"] = p.Province,
                ["state"] = p.State,
                ["country_code"] = p.Country,
                ["provider_reference"] = string.Create(CultureInfo.InvariantCulture, $"AD{7000 + i}"),
            });
        })];
    }

    private static List<CatalogItem> Greetings(AccountShape shape, long setUp, long[] phoneIds)
    {
        (string Name, int Category, bool Default)[] greetings =
            [("Welcome", 2, false), ("Please leave a message", 1, false), ("Hold music", 4, true), ("Main menu", 5, false), ("Please wait", 3, true)];
        return [.. greetings.Select((g, i) =>
        {
            var id = Fields.CatalogId(CatalogKind.Greeting, i + 1);
            return new CatalogItem(id, setUp, setUp, null, new JsonObject
            {
                ["id"] = id,
                ["name"] = g.Name,
                ["category_id"] = g.Category,
                ["default"] = g.Default,
                ["default_lang"] = g.Default,
                ["active"] = true,
                ["pending"] = false,
                ["audio_name"] = g.Name.ToLowerInvariant().Replace(' ', '_') + ".mp3",
                ["audio_url"] = string.Create(CultureInfo.InvariantCulture, $"https://{shape.Subdomain}.zendesk.com/system/voice/uploads/{id}/greeting.mp3"),
                ["upload_id"] = g.Default ? null : id + 500,
                ["has_sub_settings"] = false,
                ["ivr_ids"] = g.Category == 5 ? new JsonArray(Fields.CatalogId(CatalogKind.Ivr, 1)) : new JsonArray(),
                ["phone_number_ids"] = i == 0 ? new JsonArray([.. phoneIds.Select(p => (JsonNode)p)]) : new JsonArray(),
            });
        })];
    }

    private static List<CatalogItem> Ivrs(long setUp, long[] phoneIds)
    {
        var id = Fields.CatalogId(CatalogKind.Ivr, 1);
        var menu = Fields.CatalogId(CatalogKind.IvrMenu, 1);
        var routes = new JsonArray();
        (string Key, string Action, string Text)[] options = [("1", "group", "Billing"), ("2", "group", "Technical"), ("0", "voicemail", "Leave a message")];
        for (var r = 0; r < options.Length; r++)
        {
            var (key, action, text) = options[r];
            routes.Add(new JsonObject
            {
                ["id"] = Fields.CatalogId(CatalogKind.IvrRoute, r + 1),
                ["keypress"] = key,
                ["action"] = action,
                ["greeting"] = null,
                ["option_text"] = text,
                ["options"] = action == "group" ? new JsonObject { ["group_ids"] = new JsonArray(Ids.GroupId(r)) } : new JsonObject { ["textback"] = false },
                ["overflow_options"] = new JsonArray(),
                ["tags"] = new JsonArray("ivr_" + text.ToLowerInvariant().Replace(' ', '_')),
            });
        }

        return
        [
            new CatalogItem(id, setUp, setUp, null, new JsonObject
            {
                ["id"] = id,
                ["name"] = "Main menu",
                ["menus"] = new JsonArray(new JsonObject
                {
                    ["id"] = menu,
                    ["name"] = "Main menu",
                    ["default"] = true,
                    ["greeting_id"] = Fields.CatalogId(CatalogKind.Greeting, 4),
                    ["routes"] = routes,
                }),
                ["phone_number_ids"] = new JsonArray(phoneIds[^1]),
                ["phone_number_names"] = new JsonArray("Line 3"),
            }),
        ];
    }

    private static List<CatalogItem> Lines(Catalog catalog, long setUp)
    {
        var lines = catalog.PhoneNumbers.ToList();
        var id = Fields.CatalogId(CatalogKind.DigitalLine, 1);
        var created = setUp + 3600;
        lines.Add(new CatalogItem(id, created, created, null, new JsonObject
        {
            ["id"] = id,
            ["nickname"] = "Web widget calls",
            ["line_type"] = "digital",
            ["brand_id"] = Fields.CatalogId(CatalogKind.Brand, 1),
            ["default_group_id"] = Ids.GroupId(0),
            ["group_ids"] = new JsonArray(Ids.GroupId(0)),
            ["greeting_ids"] = new JsonArray(),
            ["default_greeting_ids"] = new JsonArray("voicemail_en", "available_en"),
            ["categorised_greetings"] = new JsonObject { ["1"] = "voicemail_en", ["2"] = "available_en" },
            ["outbound_enabled"] = false,
            ["priority"] = 0,
            ["recorded"] = true,
            ["transcription"] = false,
            ["schedule_id"] = Fields.CatalogId(CatalogKind.Schedule, 1),
            ["call_recording_consent"] = "always",
            ["created_at"] = Epoch.Iso(created),
            ["token"] = "digital-line-token-0",
        }));
        return [.. lines.OrderBy(l => l.Id)];
    }
}
