using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Routing;

public sealed class AgentAttributeValuesSyncTests
{
    private const string Stream = "routing_agent_attribute_values";

    [Fact]
    public async Task A_first_run_emits_every_agent_skill_event_of_the_export_once_and_no_ticket_skill_event()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 200);

        var run = await TapHarness.RunAsync(simulator, await OnlyAsync(simulator));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var account = simulator.Account;
        var events = account.RoutingSkills.Events(account.ExportFloor);
        events.ShouldContain(e => e.Assignment.Ticket, "the export also lists tickets' skills, which are not agents'");
        var expected = events.Where(e => !e.Assignment.Ticket).Select(e => $"{e.Assignment.Id}|{e.Type}|{e.Assignment.ValueId}|{e.Assignment.InstanceId}").ToList();
        expected.ShouldContain(k => k.Contains("|unassociate_agent|", StringComparison.Ordinal));
        run.Records(Stream).Select(r => $"{r["id"]}|{r["type"]}|{r["attribute_value_id"]}|{r["instance_id"]}").ShouldBe(expected);
        run.OfType("SCHEMA").Single(m => m["stream"]!.GetValue<string>() == Stream)["key_properties"]!.AsArray()
            .Select(k => k!.GetValue<string>()).ShouldBe(["id", "type"]);
        run.LastState!["bookmarks"]![Stream]!["cursor"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_later_run_brings_exactly_the_new_events_though_the_export_lists_a_removed_skills_association_again()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 200);
        var setup = await OnlyAsync(simulator);
        var first = await TapHarness.RunAsync(simulator, setup);
        simulator.Clock.Advance(TimeSpan.FromDays(4));

        var second = await TapHarness.RunAsync(simulator, setup with { State = first.LastState });
        var whole = await TapHarness.RunAsync(simulator, setup);

        second.ExitCode.ShouldBe(0, second.Stderr);
        var before = Keys(first);
        var after = Keys(second);
        after.ShouldNotBeEmpty();
        after.Intersect(before).ShouldBeEmpty("an event sent again");
        before.Concat(after).Order(StringComparer.Ordinal).ShouldBe(Keys(whole).Order(StringComparer.Ordinal), "the two runs differ from one");

        // The case that needs care: an association the first run sent, removed since, which Zendesk lists again beside its removal.
        var associatedBefore = first.Records(Stream).Where(r => (string?)r["type"] == "associate_agent").Select(r => (string)r["id"]!).ToHashSet();
        second.Records(Stream).ShouldContain(r => (string?)r["type"] == "unassociate_agent" && associatedBefore.Contains((string)r["id"]!));
    }

    [Fact]
    public async Task A_run_without_news_asks_once_and_emits_nothing()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 50);
        var setup = await OnlyAsync(simulator);
        var first = await TapHarness.RunAsync(simulator, setup);
        simulator.Requests.Reset();

        var second = await TapHarness.RunAsync(simulator, setup with { State = first.LastState });

        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Records(Stream).ShouldBeEmpty();
        simulator.Requests.ForEndpoint("GET /api/v2/incremental/routing/instance_values").ShouldBe(1);
        second.LastState!["bookmarks"]![Stream]!.ToJsonString().ShouldBe(first.LastState!["bookmarks"]![Stream]!.ToJsonString());
    }

    private static async Task<TapSetup> OnlyAsync(SimulatorHost simulator)
    {
        var discovered = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        return new TapSetup { Catalog = Catalogs.SelectOnly(JsonNode.Parse(discovered.Text)!, Stream) };
    }

    private static List<string> Keys(TapOutput run) => [.. run.Records(Stream).Select(r => StreamKinds.Identity(Stream, r))];
}
