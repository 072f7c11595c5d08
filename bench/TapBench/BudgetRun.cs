using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Cli;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Bench;

/// <summary>
/// A full sync with the budgets on, against an account that enforces the same limits, on a clock
/// running <see cref="BenchOptions.Scale"/> times faster than real time (the tap's and the
/// simulator's limiter alike). The tap runs in process so that it can be given that clock.
/// </summary>
internal static class BudgetRun
{
    public static async Task<(RunFigures Figures, double WallMinutes, long TooManyRequests)> RunAsync(BenchOptions options, string folder)
    {
        await using var simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions
            {
                Tickets = options.BudgetTickets,
                RateLimits = true,
                TimeScale = options.Scale,
                RequestsPerMinute = options.CoreRequestsPerMinute,
            },
            CancellationToken.None);
        var config = TapProcess.Config(simulator, budgets: true);
        config["max_requests_per_minute"] = options.CoreRequestsPerMinute;
        config["incremental_requests_per_minute"] = options.IncrementalRequestsPerMinute;
        var path = Path.Combine(folder, "budget-config.json");
        await File.WriteAllTextAsync(path, config.ToJsonString());

        var clock = new ScaledTimeProvider(options.Scale);
        using var stderr = new StringWriter();
        var started = clock.GetTimestamp();
        var code = await TapCommandLine.RunAsync(["--config", path, "--log-format", "json"], new RunServices(Stream.Null, stderr, simulator.Clock, clock), CancellationToken.None);
        var wall = clock.GetElapsedTime(started);
        if (code != 0)
        {
            throw new InvalidOperationException($"the budgeted sync failed: {stderr}");
        }

        return (RunFigures.FromJsonLogs(stderr.ToString()), wall.TotalMinutes, simulator.Requests.ForStatus(429));
    }

}
