using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Cli;

/// <summary><c>--test</c> checks sign-in and the plan without syncing, as Meltano's connection test expects.</summary>
public sealed class ConnectionTestTests
{
    private static readonly string[] Selected = ["tickets", "groups", "users", "sla_policies", "ticket_audits"];

    [Fact]
    public async Task A_test_writes_each_selected_streams_schema_and_one_record_and_no_state()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 30, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), Selected);
        simulator.Requests.Reset();

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, ExtraArguments = ["--test"] });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.OfType("SCHEMA").Select(m => m["stream"]!.GetValue<string>()).ShouldBe(Selected, ignoreOrder: true);
        foreach (var stream in new[] { "tickets", "groups", "users", "sla_policies" })
        {
            run.Records(stream).Count().ShouldBe(1, stream);
        }

        run.Records("ticket_audits").ShouldBeEmpty("a child needs its parent's records");
        run.Records("tickets").Single().ContainsKey("fields").ShouldBeFalse("records are shaped as a sync shapes them");
        run.OfType("STATE").ShouldBeEmpty();
        simulator.Requests.Total.ShouldBeLessThan(15);
        run.Stderr.ShouldContain("signed in");
    }

    [Fact]
    public async Task A_schema_test_writes_schemas_only()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 10, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), Selected);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, ExtraArguments = ["--test=schema"] });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.OfType("SCHEMA").Count().ShouldBe(Selected.Length);
        run.OfType("RECORD").ShouldBeEmpty();
    }

    [Fact]
    public async Task Streams_the_plan_lacks_fail_the_test_with_one_error_line_each()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 10, Plan = ZendeskPlan.Team, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), Selected);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, ExtraArguments = ["--test"] });

        run.ExitCode.ShouldBe(1);
        var errors = run.Stderr.Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal)).ToList();
        errors.Count.ShouldBe(1, run.Stderr);
        errors[0].ShouldContain("stream sla_policies cannot be synced");
        errors[0].ShouldContain("SLA policies");
        run.Records("tickets").Count().ShouldBe(1);
    }

    [Fact]
    public async Task Refused_credentials_fail_the_test_as_a_configuration_error()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { ExtraArguments = ["--test"] }.With("api_token", "not-the-token"));

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("401");
        run.Text.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_test_mode_is_a_usage_error()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { ExtraArguments = ["--test=records"] });

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--test takes all or schema");
    }
}
