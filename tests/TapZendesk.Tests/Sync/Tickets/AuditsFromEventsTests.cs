using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Tickets;

/// <summary><c>ticket_audits_source: ticket_events</c>: the audits rebuilt from the ticket events export.</summary>
public sealed class AuditsFromEventsTests
{
    private const string Audits = "GET /api/v2/tickets/{ticket_id}/audits";

    [Fact]
    public async Task Both_sources_give_the_same_audits_wherever_the_export_carries_them()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 60, seed: 5);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "ticket_audits");

        var perTicket = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });
        var fromEvents = await TapHarness.RunAsync(simulator, EventsSetup(catalog));

        perTicket.ExitCode.ShouldBe(0, perTicket.Stderr);
        fromEvents.ExitCode.ShouldBe(0, fromEvents.Stderr);
        var rebuilt = fromEvents.Records("ticket_audits").ToDictionary(a => a["id"]!.GetValue<long>());
        var read = perTicket.Records("ticket_audits").ToList();
        read.Count.ShouldBeGreaterThan(60);
        read.Select(a => a["id"]!.GetValue<long>()).ShouldBeSubsetOf(rebuilt.Keys);
        foreach (var audit in read)
        {
            var id = audit["id"]!.GetValue<long>();
            var other = rebuilt[id];
            foreach (var key in new[] { "ticket_id", "created_at", "author_id" })
            {
                JsonNode.DeepEquals(other[key], audit[key]).ShouldBeTrue($"audit {id}: {key}");
            }

            JsonNode.DeepEquals(other["metadata"]!["system"], audit["metadata"]!["system"]).ShouldBeTrue($"audit {id}: metadata.system");
            other["via"]!["channel"]!.GetValue<string>().ShouldBe(audit["via"]!["channel"]!.GetValue<string>(), $"audit {id}: via.channel");
            ShouldCarryTheEvents(id, audit, other);
        }
    }

    [Fact]
    public async Task The_events_source_reads_no_audits_per_ticket_and_a_second_run_sends_exactly_the_new_audits()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var setup = EventsSetup(Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "ticket_audits"));
        var first = await TapHarness.RunAsync(simulator, setup);
        var ticket = first.Ids("tickets")[3];

        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var reply = simulator.Account.Tickets.AddComment(ticket, "A reply whose audit the events carry.");
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await TapHarness.RunAsync(simulator, setup with { State = first.LastState });

        first.ExitCode.ShouldBe(0, first.Stderr);
        second.ExitCode.ShouldBe(0, second.Stderr);
        simulator.Requests.ForEndpoint(Audits).ShouldBe(0);
        first.Ids("ticket_audits").ShouldBeUnique();
        second.Ids("ticket_audits").ShouldBe([reply.AuditId]);
        var comment = second.Records("ticket_audits").Single()["events"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Comment")!;
        comment["body"]!.GetValue<string>().ShouldBe("A reply whose audit the events carry.");
        comment["id"]!.GetValue<long>().ShouldBe(reply.CommentId!.Value);
    }

    [Theory]
    [InlineData("per_ticket", "ticket_events")]
    [InlineData("ticket_events", "per_ticket")]
    public async Task A_run_that_switches_the_source_sends_exactly_the_new_audits(string before, string after)
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "ticket_audits");
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("ticket_audits_source", before));
        var ticket = first.Ids("tickets")[5];

        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var reply = simulator.Account.Tickets.AddComment(ticket, "A reply after the switch.");
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = first.LastState }.With("ticket_audits_source", after));

        first.ExitCode.ShouldBe(0, first.Stderr);
        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Ids("ticket_audits").ShouldBe([reply.AuditId]);
    }

    /// <summary>Every event the per-ticket audit has, notifications aside (the export has none), with each of its properties.</summary>
    private static void ShouldCarryTheEvents(long id, JsonNode audit, JsonNode other)
    {
        var rebuilt = other["events"]!.AsArray().ToDictionary(e => e!["id"]!.GetValue<long>());
        var events = audit["events"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() != "Notification").ToList();
        events.ShouldNotBeEmpty($"audit {id}");
        foreach (var e in events)
        {
            var eventId = e!["id"]!.GetValue<long>();
            rebuilt.ShouldContainKey(eventId, $"audit {id}");
            foreach (var (key, value) in e.AsObject())
            {
                JsonNode.DeepEquals(rebuilt[eventId]![key], value).ShouldBeTrue($"audit {id}, event {eventId}: {key}");
            }
        }
    }

    private static TapSetup EventsSetup(JsonNode catalog) => new TapSetup { Catalog = catalog }.With("ticket_audits_source", "ticket_events");

    private static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
