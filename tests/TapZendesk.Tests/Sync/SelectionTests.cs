using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>The catalog decides what is emitted, down to the field.</summary>
public sealed class SelectionTests
{
    [Fact]
    public async Task Without_a_catalog_every_stream_is_synced_each_schema_before_its_records()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 200);

        // A small account may have no deleted user, nor a ticket deleted within the 30 days Zendesk lists them.
        simulator.Account.Tickets.Delete(Zendesk.Simulator.Data.Ids.TicketId(simulator.Account.Tickets.Store.Count - 1));
        simulator.Account.Users.Deactivate(Zendesk.Simulator.Data.Ids.UserId(simulator.Account.Users.Store.Count - 1));
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        var run = await TapHarness.RunAsync(simulator, new TapSetup());

        run.ExitCode.ShouldBe(0);
        run.OfType("SCHEMA").Select(s => s["stream"]!.GetValue<string>()).ShouldBe(StreamTable.All.Select(s => s.Name), ignoreOrder: true);
        foreach (var stream in StreamTable.All.Select(s => s.Name))
        {
            run.Records(stream).ShouldNotBeEmpty($"{stream} emitted nothing");
            run.IndexOfFirst("SCHEMA", stream).ShouldBeLessThan(run.IndexOfFirst("RECORD", stream), stream);
        }
    }

    [Fact]
    public async Task Only_selected_streams_and_fields_are_emitted()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "groups");
        Catalogs.Deselect(catalog, "tickets", "subject");
        Catalogs.Deselect(catalog, "tickets", "description");
        Catalogs.Deselect(catalog, "tickets", "id");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0);
        run.OfType("SCHEMA").Select(s => s["stream"]!.GetValue<string>()).ShouldBe(["groups", "tickets"], ignoreOrder: true);
        run.RecordStreams.ShouldBe(["groups", "tickets"], ignoreOrder: true);
        var schema = run.SchemaOf("tickets")!["properties"]!.AsObject();
        schema.ContainsKey("subject").ShouldBeFalse();
        schema.ContainsKey("description").ShouldBeFalse();
        schema.ContainsKey("id").ShouldBeTrue();
        schema.ContainsKey("raw_subject").ShouldBeTrue();
        run.Records("tickets").ShouldAllBe(t => !t.ContainsKey("subject") && !t.ContainsKey("description") && t.ContainsKey("id") && t.ContainsKey("raw_subject"));
        run.Records("tickets").ShouldAllBe(t => !t.ContainsKey("fields") && !t.ContainsKey("metric_set"));
    }

    [Fact]
    public async Task A_nested_field_can_be_deselected()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets");
        Catalogs.Stream(catalog, "tickets")["metadata"]!.AsArray().Add(JsonNode.Parse("""{"breadcrumb":["properties","via","properties","source"],"metadata":{"selected":false}}"""));

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.Records("tickets").ShouldAllBe(t => t["via"]!["channel"] != null && !t["via"]!.AsObject().ContainsKey("source"));
        run.SchemaOf("tickets")!["properties"]!["via"]!["properties"]!.AsObject().ContainsKey("source").ShouldBeFalse();
    }

    [Fact]
    public async Task A_child_selected_without_its_parent_is_synced_through_it()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30);
        var discovered = await DiscoverAsync(simulator);
        var reference = await TapHarness.RunAsync(simulator, new TapSetup());

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(discovered, "ticket_audits", "ticket_metrics", "attachments") });

        run.ExitCode.ShouldBe(0);
        run.RecordStreams.ShouldBe(["ticket_audits", "ticket_metrics", "attachments"], ignoreOrder: true);
        run.Ids("ticket_audits").Order().ToList().ShouldBe([.. reference.Ids("ticket_audits").Order()]);
        run.Ids("ticket_metrics").Order().ToList().ShouldBe([.. reference.Ids("ticket_metrics").Order()]);
        run.Ids("attachments").Order().ToList().ShouldBe([.. reference.Ids("attachments").Order()]);
        run.Records("attachments").ShouldAllBe(a => a["ticket_id"] != null && a["comment_id"] != null && a["created_at"] != null);
    }

    [Fact]
    public async Task A_child_selected_later_catches_up_while_its_parent_repeats_nothing()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30);
        var discovered = await DiscoverAsync(simulator);
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(discovered, "tickets", "ticket_events") });
        var reference = await TapHarness.RunAsync(simulator, new TapSetup());

        var second = await TapHarness.RunAsync(simulator, new TapSetup
        {
            Catalog = Catalogs.SelectOnly(discovered, "tickets", "ticket_audits", "ticket_events", "ticket_comments"),
            State = first.LastState,
        });

        second.Ids("tickets").ShouldBeEmpty();
        second.Ids("ticket_events").ShouldBeEmpty();
        second.Ids("ticket_audits").Order().ToList().ShouldBe([.. reference.Ids("ticket_audits").Order()]);
        second.Ids("ticket_comments").Order().ToList().ShouldBe([.. reference.Ids("ticket_comments").Order()]);
    }

    [Fact]
    public async Task Full_table_in_the_catalog_reads_an_incremental_stream_whole_every_time()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "groups", "organizations", "macros");
        Catalogs.Replicate(catalog, "groups", "FULL_TABLE");
        Catalogs.Replicate(catalog, "organizations", "FULL_TABLE");
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        var second = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = first.LastState });

        second.Ids("groups").Order().ToList().ShouldBe([.. first.Ids("groups").Order()]);
        second.Ids("organizations").Order().ToList().ShouldBe([.. first.Ids("organizations").Order()]);
        second.Ids("macros").ShouldBeEmpty();
        first.Ids("macros").ShouldNotBeEmpty();
        second.OfType("ACTIVATE_VERSION").Select(m => m["stream"]!.GetValue<string>()).ShouldContain("groups");
        second.Records("groups").ShouldNotBeEmpty();
        second.OfType("RECORD").Where(m => m["stream"]!.GetValue<string>() == "groups").ShouldAllBe(m => m["version"] != null);
        first.LastState!["bookmarks"]!.AsObject().ContainsKey("groups").ShouldBeFalse();
    }

    [Fact]
    public async Task Full_table_streams_activate_their_new_version_after_their_records()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);

        var run = await TapHarness.RunAsync(simulator, new TapSetup());

        foreach (var stream in StreamKinds.FullTable)
        {
            var activate = run.Messages.FindIndex(m => m["type"]!.GetValue<string>() == "ACTIVATE_VERSION" && m["stream"]!.GetValue<string>() == stream);
            var lastRecord = run.Messages.FindLastIndex(m => m["type"]!.GetValue<string>() == "RECORD" && m["stream"]!.GetValue<string>() == stream);
            activate.ShouldBeGreaterThan(lastRecord, stream);
            var version = run.Messages[activate]["version"]!.GetValue<long>();
            run.OfType("RECORD").Where(m => m["stream"]!.GetValue<string>() == stream).ShouldAllBe(m => m["version"]!.GetValue<long>() == version);
        }

        run.OfType("ACTIVATE_VERSION").Select(m => m["stream"]!.GetValue<string>()).ShouldBe(StreamKinds.FullTable, ignoreOrder: true);
    }

    [Fact]
    public async Task Per_ticket_comments_carry_the_same_comments_as_the_events_export()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 25);

        var fromEvents = await TapHarness.RunAsync(simulator, new TapSetup());
        var perTicket = await TapHarness.RunAsync(simulator, new TapSetup().With("ticket_comments_source", "per_ticket"));

        perTicket.ExitCode.ShouldBe(0);
        perTicket.Ids("ticket_comments").ShouldBeUnique();
        perTicket.Ids("ticket_comments").Order().ToList().ShouldBe([.. fromEvents.Ids("ticket_comments").Order()]);
        perTicket.Ids("attachments").Order().ToList().ShouldBe([.. fromEvents.Ids("attachments").Order()]);
        perTicket.Records("ticket_comments").ShouldAllBe(c => c["ticket_id"] != null);
    }

    private static async Task<JsonNode> DiscoverAsync(Zendesk.Simulator.Hosting.SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
