using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>Simulated accounts for the end-to-end tests: small, seeded, without rate limits unless asked.</summary>
internal static class Simulators
{
    public static Task<SimulatorHost> StartAsync(int tickets = 60, int seed = 42) =>
        StartAsync(new SimulatorOptions { Tickets = tickets, Seed = seed, RateLimits = false });

    public static Task<SimulatorHost> StartAsync(SimulatorOptions options) => SimulatorHost.StartAsync(options, CancellationToken.None);
}
