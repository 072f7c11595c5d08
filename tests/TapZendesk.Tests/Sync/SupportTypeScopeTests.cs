using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>Zendesk's ticket exports leave out tickets handled by AI agents unless asked for them.</summary>
public sealed class SupportTypeScopeTests
{
    private const int Tickets = 60;

    [Fact]
    public async Task Tickets_handled_by_ai_agents_come_with_their_events_unless_the_config_keeps_zendesks_default()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = Tickets, AiAgentTicketShare = 0.3, RateLimits = false });

        var all = await TapHarness.RunAsync(simulator, new TapSetup());
        var agent = await TapHarness.RunAsync(simulator, new TapSetup().With("support_type_scope", "agent"));

        all.ExitCode.ShouldBe(0, all.Stderr);
        agent.ExitCode.ShouldBe(0, agent.Stderr);
        all.Records("tickets").Count().ShouldBe(Tickets);
        var agentTickets = agent.Records("tickets").Select(t => (long)t["id"]!).ToHashSet();
        agentTickets.Count.ShouldBeInRange(1, Tickets - 1, "some tickets are handled by AI agents, most are not");
        var hidden = all.Records("tickets").Select(t => (long)t["id"]!).Where(id => !agentTickets.Contains(id)).ToHashSet();
        foreach (var stream in new[] { "ticket_metrics", "ticket_audits", "ticket_events", "ticket_comments" })
        {
            all.Records(stream).ShouldContain(r => hidden.Contains((long)r["ticket_id"]!), stream);
            agent.Records(stream).ShouldNotContain(r => hidden.Contains((long)r["ticket_id"]!), stream);
        }
    }
}
