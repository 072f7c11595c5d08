using Microsoft.Extensions.Configuration;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Simulator.Tests.Hosting;

public sealed class SimulatorOptionsTests
{
    [Fact]
    public void A_running_clock_starts_at_the_wall_clock_unless_a_start_is_given()
    {
        var wall = TimeProvider.System.GetUtcNow();
        var given = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var running = new SimulatorOptions { ClockRunning = true };
        var fromCommandLine = SimulatorOptions.FromConfiguration(Configuration());
        var started = SimulatorOptions.FromConfiguration(Configuration(("clock-start", "2025-03-01T00:00:00Z")));
        var still = SimulatorOptions.FromConfiguration(Configuration(("clock-running", "false")));

        (running.ClockStart - wall).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(1));
        fromCommandLine.ClockRunning.ShouldBeTrue();
        (fromCommandLine.ClockStart - wall).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(1));
        (running with { ClockStart = given }).ClockStart.ShouldBe(given);
        started.ClockStart.ShouldBe(given);
        still.ClockStart.ShouldBe(SimulatorOptions.FrozenClockStart);
        new SimulatorOptions().ClockStart.ShouldBe(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void The_job_item_time_defaults_to_2_ms_takes_0_and_is_explained()
    {
        SimulatorOptions.FromConfiguration(Configuration()).JobItemMilliseconds.ShouldBe(2);
        SimulatorOptions.FromConfiguration(Configuration(("job-item-ms", "0"))).JobItemMilliseconds.ShouldBe(0);
        SimulatorOptions.FromConfiguration(Configuration(("job-item-ms", "12.5"))).JobItemMilliseconds.ShouldBe(12.5);
        Should.Throw<ArgumentException>(() => SimulatorOptions.FromConfiguration(Configuration(("job-item-ms", "-1"))));
        SimulatorUsage.Text.ShouldContain("--job-item-ms");
    }

    [Fact]
    public void The_public_url_option_is_read_checked_and_explained()
    {
        var options = SimulatorOptions.FromConfiguration(Configuration(("public-url", "https://zendesk.example/")));

        options.PublicUrl.ShouldBe(new Uri("https://zendesk.example"));
        Should.Throw<ArgumentException>(() => SimulatorOptions.FromConfiguration(Configuration(("public-url", "zendesk.example"))));
        SimulatorOptions.FromConfiguration(Configuration()).PublicUrl.ShouldBeNull();
        SimulatorUsage.Text.ShouldContain("--public-url");
    }

    [Fact]
    public void The_client_token_lifetime_option_defaults_to_30_minutes_is_capped_at_48_hours_and_explained()
    {
        SimulatorOptions.FromConfiguration(Configuration()).ClientTokenLifetime.ShouldBe(TimeSpan.FromMinutes(30));
        new SimulatorOptions().ClientTokenLifetime.ShouldBe(TimeSpan.FromMinutes(30));
        SimulatorOptions.FromConfiguration(Configuration(("client-token-lifetime", "120"))).ClientTokenLifetime.ShouldBe(TimeSpan.FromMinutes(2));
        SimulatorOptions.FromConfiguration(Configuration(("client-token-lifetime", "172800"))).ClientTokenLifetime.ShouldBe(TimeSpan.FromHours(48));
        Should.Throw<ArgumentException>(() => SimulatorOptions.FromConfiguration(Configuration(("client-token-lifetime", "172801"))));
        Should.Throw<ArgumentException>(() => SimulatorOptions.FromConfiguration(Configuration(("client-token-lifetime", "0"))));
        Should.Throw<ArgumentException>(() => SimulatorOptions.FromConfiguration(Configuration(("client-token-lifetime", "soon"))));
        SimulatorUsage.Text.ShouldContain("--client-token-lifetime");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
