using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Cli;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Bench;

/// <summary>
/// A first sync of tickets and their audits at the tap's default budget, against a simulated account
/// of the given plan that enforces the plan's limits, on a clock running <see cref="BenchOptions.Scale"/>
/// times faster than real time (the tap's and the simulator's limiter alike). The tap runs in process
/// so that it can be given that clock.
/// </summary>
internal static class BudgetRun
{
    public static async Task<(RunFigures Figures, double WallMinutes, long TooManyRequests, int AccountLimit)> RunAsync(BenchOptions options, string folder, ZendeskPlan plan)
    {
        await using var simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions
            {
                Tickets = options.BudgetTickets,
                Plan = plan,
                RateLimits = true,
                TimeScale = options.Scale,
            },
            CancellationToken.None);
        var catalog = TapProcess.SelectOnly(await TapProcess.DiscoverAsync(simulator, folder), "tickets", "ticket_audits");
        var catalogPath = Path.Combine(folder, "budget-catalog.json");
        await File.WriteAllTextAsync(catalogPath, catalog.ToJsonString());

        // The default budget: no max_requests_per_minute, no incremental_requests_per_minute.
        var config = TapProcess.Config(simulator, budgets: true);
        var path = Path.Combine(folder, "budget-config.json");
        await File.WriteAllTextAsync(path, config.ToJsonString());

        // Discovery's requests are not the sync's: the account's minute starts afresh.
        simulator.Limiter.Reset();
        simulator.Requests.Reset();
        var clock = new ScaledTimeProvider(options.Scale);
        using var stderr = new StringWriter();
        var started = clock.GetTimestamp();
        var code = await TapCommandLine.RunAsync(["--config", path, "--catalog", catalogPath, "--log-format", "json"], new RunServices(Stream.Null, stderr, simulator.Clock, clock), CancellationToken.None);
        var wall = clock.GetElapsedTime(started);
        if (code != 0)
        {
            throw new InvalidOperationException($"the budgeted sync failed: {stderr}");
        }

        return (RunFigures.FromJsonLogs(stderr.ToString()), wall.TotalMinutes, simulator.Requests.ForStatus(429), simulator.Settings.AccountLimit);
    }
}
