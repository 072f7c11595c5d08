using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>With budgets on, concurrent streams share them and the account never answers 429.</summary>
public sealed class BudgetTests
{
    private const double Scale = 60;

    [Fact]
    public async Task A_sync_within_the_accounts_limits_earns_no_429()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions
        {
            Tickets = 150,
            Plan = ZendeskPlan.Team,
            RateLimits = true,
            TimeScale = Scale,
        });
        var setup = new TapSetup
        {
            WaitClock = new ScaledTimeProvider(Scale),
            Config = new Dictionary<string, JsonNode?>
            {
                ["request_budgets"] = true,
                ["max_requests_per_minute"] = 200,
                ["incremental_requests_per_minute"] = 10,
                ["page_size"] = 40,
            },
        };

        var run = await TapHarness.RunAsync(simulator, setup);

        run.ExitCode.ShouldBe(0, run.Stderr);
        simulator.Requests.ForStatus(429).ShouldBe(0);
        simulator.Requests.Total.ShouldBeGreaterThan(200);
        run.Records("tickets").Count().ShouldBe(150);
        run.Stderr.ShouldNotContain("rate_limit_waits=0 rate_limit_wait=0s budget_wait=0s");
    }

    [Fact]
    public async Task By_default_the_budget_follows_the_accounts_limit_less_the_reserve()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions
        {
            Tickets = 60,
            Plan = ZendeskPlan.Team,
            RateLimits = true,
            TimeScale = Scale,
        });
        var setup = new TapSetup { WaitClock = new ScaledTimeProvider(Scale) }.With("request_budgets", true);

        var run = await TapHarness.RunAsync(simulator, setup);

        run.ExitCode.ShouldBe(0, run.Stderr);
        simulator.Requests.ForStatus(429).ShouldBe(0);
        run.Records("tickets").Count().ShouldBe(60);
        run.Stderr.ShouldContain("adopted the account's rate limit limit=200 reserved=20 requests_per_minute=180");
    }
}
