using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Discovery;

/// <summary>Discovery with <c>custom_ticket_fields_as_columns</c>: a typed tickets property per custom ticket field.</summary>
public sealed class TicketFieldColumnsTests
{
    private const string Setting = "custom_ticket_fields_as_columns";

    /// <summary>The simulator's custom ticket fields (by their place in its list), the column each must get, and its JSON type.</summary>
    private static readonly (int Field, string Name, string Type)[] Expected =
    [
        (0, "product", "string"),
        (1, "order_number", "string"),
        (2, "vip", "boolean"),
        (3, "refund_amount", "number"),
        (4, "units_{id}", "integer"),
        (5, "follow_up_date", "string"),
        (6, "components", "array"),
        (7, "serial_number", "string"),
        (8, "internal_summary", "string"),
        (9, "card_on_file", "string"),
        (10, "related_user", "integer"),
        (11, "units_{id}", "integer"),
        (12, "url_{id}", "string"),
        (13, "custom_field_{id}", "string"),
    ];

    [Fact]
    public async Task Each_custom_ticket_field_becomes_a_property_named_and_typed_from_its_definition()
    {
        var properties = await DiscoveredTicketPropertiesAsync(on: true);

        Expected.Length.ShouldBe(Fields.Ticket.Count);
        foreach (var (field, name, type) in Expected)
        {
            var definition = Fields.Ticket[field];
            var column = name.Replace("{id}", definition.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var schema = properties[column].ShouldNotBeNull($"{definition.Type} field {definition.Title}: no property {column}").AsObject();
            schema["type"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["null", type], column);
            schema[TicketFieldColumns.FieldIdAnnotation]!.GetValue<long>().ShouldBe(definition.Id, column);
            ((string?)schema["format"]).ShouldBe(definition.Type == "date" ? "date" : null, column);
            if (type == "array")
            {
                schema["items"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["null", "string"]);
            }
        }
    }

    [Fact]
    public async Task Only_custom_fields_become_properties_and_the_standard_ones_stay_as_they_are()
    {
        var standard = SchemaLibrary.Load("tickets")["properties"]!.AsObject();

        var properties = await DiscoveredTicketPropertiesAsync(on: true);

        var columns = properties.Where(p => p.Value!.AsObject().ContainsKey(TicketFieldColumns.FieldIdAnnotation)).ToList();
        columns.Select(c => c.Value![TicketFieldColumns.FieldIdAnnotation]!.GetValue<long>()).ShouldBe(Fields.Ticket.Select(f => f.Id), ignoreOrder: true);
        properties.Select(p => p.Key).Take(standard.Count).ShouldBe(standard.Select(p => p.Key));
        foreach (var (name, schema) in standard)
        {
            JsonNode.DeepEquals(properties[name], schema).ShouldBeTrue(name);
        }
    }

    [Fact]
    public async Task With_the_setting_off_discovery_adds_no_property_and_reads_no_ticket_field()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var properties = Catalogs.Stream(JsonNode.Parse(run.Text)!, "tickets")["schema"]!["properties"]!.AsObject();
        properties.Select(p => p.Key).ShouldBe(SchemaLibrary.Load("tickets")["properties"]!.AsObject().Select(p => p.Key));
        simulator.Requests.ForEndpoint("GET /api/v2/ticket_fields").ShouldBe(0);
    }

    [Fact]
    public async Task The_catalog_lists_each_column_as_a_selectable_field()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var catalog = JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true }.With(Setting, true))).Text)!;

        var metadata = Catalogs.Metadata(catalog, "tickets", "properties", "url_" + Fields.Ticket[12].Id.ToString(CultureInfo.InvariantCulture));
        ((string?)metadata["inclusion"]).ShouldBe("available");
        ((bool?)metadata["selected-by-default"]).ShouldBe(true);
    }

    private static async Task<JsonObject> DiscoveredTicketPropertiesAsync(bool on)
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true }.With(Setting, on));
        run.ExitCode.ShouldBe(0, run.Stderr);
        return Catalogs.Stream(JsonNode.Parse(run.Text)!, "tickets")["schema"]!["properties"]!.AsObject();
    }
}
