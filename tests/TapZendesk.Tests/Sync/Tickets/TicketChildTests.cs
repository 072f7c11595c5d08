using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Tickets;

/// <summary>Children read per changed ticket: a change that cannot bring a new one costs no request.</summary>
public sealed class TicketChildTests
{
    private const string Audits = "GET /api/v2/tickets/{ticket_id}/audits";
    private const string Comments = "GET /api/v2/tickets/{ticket_id}/comments";

    [Fact]
    public async Task A_system_only_update_costs_no_audit_request()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "ticket_audits");
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });
        var (background, replied) = TwoLiveTickets(first);

        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        simulator.Account.Tickets.SystemUpdate(background);
        var reply = simulator.Account.Tickets.AddComment(replied, "A reply with an audit of its own.");
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        simulator.Requests.Reset();
        var second = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = first.LastState });

        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Ids("tickets").ShouldBe([background, replied], ignoreOrder: true);
        simulator.Requests.ForEndpoint(Audits).ShouldBe(1);
        second.Ids("ticket_audits").ShouldBe([reply.AuditId]);
    }

    [Fact]
    public async Task With_comments_read_per_ticket_a_system_only_update_costs_no_comment_request()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "ticket_comments");
        var setup = new TapSetup { Catalog = catalog }.With("ticket_comments_source", "per_ticket");
        var first = await TapHarness.RunAsync(simulator, setup);
        var (background, replied) = TwoLiveTickets(first);

        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        simulator.Account.Tickets.SystemUpdate(background);
        var reply = simulator.Account.Tickets.AddComment(replied, "A reply the second run must carry.");
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        simulator.Requests.Reset();
        var second = await TapHarness.RunAsync(simulator, setup with { State = first.LastState });

        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Ids("tickets").ShouldBe([background, replied], ignoreOrder: true);
        simulator.Requests.ForEndpoint(Comments).ShouldBe(1);
        second.Ids("ticket_comments").ShouldBe([reply.CommentId!.Value]);
    }

    private static (long Background, long Replied) TwoLiveTickets(TapOutput run)
    {
        var live = run.Records("tickets").Where(t => t["status"]!.GetValue<string>() is not ("deleted" or "closed")).Select(t => t["id"]!.GetValue<long>()).ToList();
        return (live[0], live[1]);
    }

    private static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
