using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Tickets;

/// <summary>Tickets with <c>custom_ticket_fields_as_columns</c>: each custom field's value as a property of its own.</summary>
public sealed class CustomFieldColumnsTests
{
    private const string Setting = "custom_ticket_fields_as_columns";
    private const string TicketFields = "GET /api/v2/ticket_fields";

    /// <summary>Names the simulator's fields get as columns (a key, titles, and a key that is no title).</summary>
    private static readonly string[] SomeColumns = ["product", "vip", "refund_amount", "follow_up_date", "components", "card_on_file", "related_user"];

    [Fact]
    public async Task A_sync_from_the_catalog_gives_each_ticket_the_values_of_its_custom_fields_as_properties()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator, on: true), "tickets");
        var columns = ColumnsOf(Catalogs.Stream(catalog, "tickets")["schema"]!);
        simulator.Requests.Reset();

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With(Setting, true));

        run.ExitCode.ShouldBe(0, run.Stderr);
        simulator.Requests.ForEndpoint(TicketFields).ShouldBe(0, "the catalog holds each column's field id");
        SomeColumns.ShouldAllBe(c => columns.ContainsKey(c));
        var tickets = run.Records("tickets").ToList();
        tickets.Count.ShouldBe(40);
        foreach (var ticket in tickets)
        {
            var values = ticket["custom_fields"]!.AsArray().ToDictionary(f => f!["id"]!.GetValue<long>(), f => f!["value"]);
            foreach (var (name, id) in columns)
            {
                ticket.ContainsKey(name).ShouldBeTrue(name);
                JsonNode.DeepEquals(ticket[name], values.GetValueOrDefault(id)).ShouldBeTrue($"ticket {ticket["id"]}, {name}: {ticket[name]?.ToJsonString()} against {values.GetValueOrDefault(id)?.ToJsonString()}");
            }
        }

        foreach (var name in columns.Keys)
        {
            tickets.ShouldContain(t => t[name] != null, $"{name} is null on every ticket");
        }

        ColumnsOf(run.SchemaOf("tickets")!).ShouldBe(columns);
    }

    [Fact]
    public async Task Without_a_catalog_the_sync_reads_the_field_definitions_once_and_emits_the_same_columns()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var discovered = ColumnsOf(Catalogs.Stream(await DiscoverAsync(simulator, on: true), "tickets")["schema"]!);
        simulator.Requests.Reset();

        var run = await TapHarness.RunAsync(simulator, new TapSetup().With(Setting, true));

        run.ExitCode.ShouldBe(0, run.Stderr);
        simulator.Requests.ForEndpoint(TicketFields).ShouldBe(2, "the field definitions for the columns, and the ticket_fields stream");
        ColumnsOf(run.SchemaOf("tickets")!).ShouldBe(discovered);
        run.Records("tickets").ShouldAllBe(t => discovered.Keys.All(t.ContainsKey));
    }

    [Fact]
    public async Task With_the_setting_off_tickets_carry_no_column_and_no_definition_is_read_for_them()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup());

        run.ExitCode.ShouldBe(0, run.Stderr);
        simulator.Requests.ForEndpoint(TicketFields).ShouldBe(1, "the ticket_fields stream alone");
        ColumnsOf(run.SchemaOf("tickets")!).ShouldBeEmpty();
        var tickets = run.Records("tickets").ToList();
        tickets.ShouldNotBeEmpty();
        tickets.ShouldAllBe(t => !SomeColumns.Any(t.ContainsKey));
    }

    [Fact]
    public async Task A_column_renamed_in_the_catalog_keeps_its_field_and_a_deselected_one_is_left_out()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator, on: true), "tickets");
        var vipField = ColumnsOf(Catalogs.Stream(catalog, "tickets")["schema"]!)["vip"];
        Rename(catalog, "tickets", "vip", "is_vip");
        Catalogs.Deselect(catalog, "tickets", "product");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With(Setting, true));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var columns = ColumnsOf(run.SchemaOf("tickets")!);
        columns["is_vip"].ShouldBe(vipField);
        columns.ShouldNotContainKey("vip");
        columns.ShouldNotContainKey("product");
        var tickets = run.Records("tickets").ToList();
        tickets.ShouldAllBe(t => !t.ContainsKey("vip") && !t.ContainsKey("product"));
        foreach (var ticket in tickets)
        {
            var vip = ticket["custom_fields"]!.AsArray().Single(f => f!["id"]!.GetValue<long>() == vipField)!["value"];
            JsonNode.DeepEquals(ticket["is_vip"], vip).ShouldBeTrue($"ticket {ticket["id"]}");
        }

        tickets.ShouldContain(t => (bool?)t["is_vip"] == true);
    }

    [Fact]
    public async Task A_catalog_with_columns_synced_with_the_setting_off_emits_none_of_them()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator, on: true), "tickets");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        ColumnsOf(run.SchemaOf("tickets")!).ShouldBeEmpty();
        run.Records("tickets").ShouldAllBe(t => !SomeColumns.Any(t.ContainsKey));
    }

    [Fact]
    public async Task The_setting_on_with_a_catalog_discovered_without_it_warns_once_and_emits_no_column()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator, on: false), "tickets");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With(Setting, true));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.Split('\n').Count(l => l.Contains("WARNING", StringComparison.Ordinal) && l.Contains(Setting, StringComparison.Ordinal)).ShouldBe(1);
        run.Records("tickets").ShouldAllBe(t => !SomeColumns.Any(t.ContainsKey));
    }

    private static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator, bool on)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true }.With(Setting, on));
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }

    /// <summary>Column name to field id, from a tickets schema.</summary>
    private static Dictionary<string, long> ColumnsOf(JsonNode schema) =>
        schema["properties"]!.AsObject()
            .Where(p => p.Value!.AsObject().ContainsKey(TicketFieldColumns.FieldIdAnnotation))
            .ToDictionary(p => p.Key, p => p.Value![TicketFieldColumns.FieldIdAnnotation]!.GetValue<long>());

    /// <summary>Renames a property in the stream's schema (keeping its place) and in its metadata, as an analyst editing the catalog does.</summary>
    private static void Rename(JsonNode catalog, string stream, string from, string to)
    {
        var entry = Catalogs.Stream(catalog, stream);
        var properties = entry["schema"]!["properties"]!.AsObject();
        var renamed = new JsonObject();
        foreach (var (name, schema) in properties.ToList())
        {
            properties.Remove(name);
            renamed[name == from ? to : name] = schema;
        }

        entry["schema"]!["properties"] = renamed;
        foreach (var metadata in entry["metadata"]!.AsArray())
        {
            var breadcrumb = metadata!["breadcrumb"]!.AsArray();
            if (breadcrumb.Count == 2 && (string?)breadcrumb[1] == from)
            {
                breadcrumb[1] = to;
            }
        }
    }
}
