using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.SideConversations;

/// <summary>Side conversations, read per changed ticket with their events side-loaded.</summary>
public sealed class SideConversationTests
{
    private const string List = "GET /api/v2/tickets/{ticket_id}/side_conversations";
    private const string Events = "GET /api/v2/tickets/{ticket_id}/side_conversations/{side_conversation_id}/events";

    // Tickets asked at once: requests under way when the first 403 arrives still complete; no new one starts.
    private const int Parallelism = 8;

    [Fact]
    public async Task Side_conversations_and_their_events_cost_one_request_per_live_ticket()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 60);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "side_conversations", "side_conversation_events");
        var askedAtDiscovery = simulator.Requests.ForEndpoint(List);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var account = simulator.Account;
        var live = Enumerable.Range(0, account.TicketCount).Where(t => !account.Tickets.Store.IsDeleted(t)).ToList();
        var expected = live.SelectMany(t => SideConversationRecords.Of(account, t)).ToList();
        expected.ShouldNotBeEmpty();
        Keys(run, "side_conversations").ShouldBe(expected.Select(c => (string)c.Conversation.Body["id"]!), ignoreOrder: true);
        Keys(run, "side_conversation_events").ShouldBe(expected.SelectMany(c => c.Events).Select(e => (string)e.Body["id"]!), ignoreOrder: true);
        run.Records("side_conversation_events").ShouldAllBe(e => e["side_conversation_id"] != null && e["ticket_id"] != null);
        (simulator.Requests.ForEndpoint(List) - askedAtDiscovery).ShouldBe(live.Count);
        simulator.Requests.ForEndpoint(Events).ShouldBe(0);
    }

    [Fact]
    public async Task A_second_run_asks_only_the_changed_ticket_and_repeats_nothing()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 60);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "side_conversations", "side_conversation_events");
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });
        var account = simulator.Account;
        var withConversation = Enumerable.Range(0, account.TicketCount)
            .First(t => !account.Tickets.Store.IsDeleted(t) && account.Tickets.Store.Status[t] < TicketCodes.Solved && SideConversationRecords.Of(account, t).Count > 0);

        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        account.Tickets.AddComment(Ids.TicketId(withConversation), "Any news from the vendor?");
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        simulator.Requests.Reset();
        var second = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = first.LastState });

        second.ExitCode.ShouldBe(0, second.Stderr);
        simulator.Requests.ForEndpoint(List).ShouldBe(1);
        second.Records("side_conversations").ShouldBeEmpty();
        second.Records("side_conversation_events").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_account_without_side_conversations_warns_once_per_stream_and_still_loads_its_tickets()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 40, Plan = ZendeskPlan.Team, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "tickets", "side_conversations", "side_conversation_events");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Records("tickets").Count().ShouldBe(40);
        foreach (var stream in new[] { "side_conversations", "side_conversation_events" })
        {
            run.Stderr.Split('\n').Count(l => l.Contains($"stream {stream} skipped", StringComparison.Ordinal)).ShouldBe(1, stream);
        }

        simulator.Requests.ForEndpoint(List).ShouldBeLessThanOrEqualTo(Parallelism);
    }

    private static List<string> Keys(TapOutput run, string stream) => [.. run.Records(stream).Select(r => r["id"]!.GetValue<string>())];

    private static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
