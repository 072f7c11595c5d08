using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Tests.Fixtures;
using Zendesk.Singer.Tap.Tests.Sync;

namespace Zendesk.Singer.Tap.Tests.Discovery;

/// <summary>Discovery offers only the streams the account's plan and products allow.</summary>
public sealed class PlanProbeTests
{
    [Fact]
    public async Task A_team_plan_catalog_leaves_out_each_gated_stream_with_one_warning()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 20, Plan = ZendeskPlan.Team, TalkEnabled = false, RateLimits = false });

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });

        run.ExitCode.ShouldBe(0, run.Stderr);
        Streams(run).ShouldBe(StreamTable.All.Select(s => s.Name).Except(PlanGatingTests.Gated), ignoreOrder: true);
        var warnings = LeftOut(run);
        foreach (var stream in PlanGatingTests.Gated)
        {
            warnings.Count(w => w.Contains($"stream {stream} is left out", StringComparison.Ordinal)).ShouldBe(1, stream);
        }

        warnings.Count.ShouldBe(PlanGatingTests.Gated.Length);
    }

    [Fact]
    public async Task A_catalog_discovered_on_a_team_plan_syncs_without_a_skipped_stream()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 20, Plan = ZendeskPlan.Team, TalkEnabled = false, RateLimits = false });
        var catalog = Catalogs.SelectAll(JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true })).Text)!);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldNotContain("skipped");
        run.Records("tickets").Count().ShouldBe(20);
    }

    [Fact]
    public async Task An_enterprise_account_without_talk_loses_only_the_talk_streams()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 10, TalkEnabled = false, RateLimits = false });

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var talk = StreamTable.All.Where(s => s.PlanNote == "Zendesk Talk").Select(s => s.Name).ToList();
        talk.Count.ShouldBeGreaterThan(5);
        Streams(run).ShouldBe(StreamTable.All.Select(s => s.Name).Except(talk), ignoreOrder: true);
        LeftOut(run).Count.ShouldBe(talk.Count);
    }

    [Fact]
    public async Task An_account_with_every_product_keeps_every_stream_and_asks_once_per_plan_feature()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 10, RateLimits = false });

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });

        run.ExitCode.ShouldBe(0, run.Stderr);
        Streams(run).Count.ShouldBe(StreamTable.All.Count);
        LeftOut(run).ShouldBeEmpty();
        simulator.Requests.ForEndpoint("GET /api/v2/channels/voice/phone_numbers").ShouldBe(1);
        simulator.Requests.ForEndpoint("GET /api/v2/channels/voice/lines").ShouldBe(0);
    }

    private static List<string> Streams(TapOutput run) =>
        [.. JsonNode.Parse(run.Text)!["streams"]!.AsArray().Select(s => s!["tap_stream_id"]!.GetValue<string>())];

    private static List<string> LeftOut(TapOutput run) =>
        [.. run.Stderr.Split('\n').Where(l => l.Contains("WARNING", StringComparison.Ordinal) && l.Contains("left out of the catalog", StringComparison.Ordinal))];
}
