using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Cli;

/// <summary>Every capability <c>--about</c> declares is held against what the tap does.</summary>
public sealed class CapabilitiesTests
{
    private static readonly Dictionary<string, Func<SimulatorHost, Task>> Checks = new(StringComparer.Ordinal)
    {
        ["about"] = AboutAsync,
        ["discover"] = DiscoverAsync,
        ["catalog"] = CatalogAsync,
        ["state"] = StateAsync,
        ["activate-version"] = ActivateVersionAsync,
        ["test"] = TestAsync,
        ["batch"] = BatchAsync,
        ["stream-maps"] = StreamMapsAsync,
    };

    public static TheoryData<string> Declared() => [.. DeclaredCapabilities()];

    [Fact]
    public void Every_declared_capability_has_a_check_and_every_check_is_declared()
    {
        DeclaredCapabilities().ShouldBe(Checks.Keys, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public async Task The_tap_does_what_each_declared_capability_means(string capability)
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 20, RateLimits = false });
        await Checks[capability](simulator);
    }

    private static List<string> DeclaredCapabilities()
    {
        var about = JsonNode.Parse(Zendesk.Singer.Protocol.About.AboutRenderer.Render(Tap.Cli.AboutTap.Info, "json")!)!;
        return [.. about["capabilities"]!.AsArray().Select(c => c!.GetValue<string>())];
    }

    private static async Task AboutAsync(SimulatorHost simulator)
    {
        using var stdout = new MemoryStream();
        var code = await Tap.Cli.TapCommandLine.RunAsync(["--about", "--format", "json"], Tap.Cli.RunServices.Console(stdout, TextWriter.Null), CancellationToken.None);

        code.ShouldBe(0);
        var about = JsonNode.Parse(stdout.ToArray())!;
        about["settings"]!["properties"]!.AsObject().ContainsKey("subdomain").ShouldBeTrue();
        about["capabilities"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(DeclaredCapabilities());
    }

    private static async Task DiscoverAsync(SimulatorHost simulator)
    {
        var catalog = await Discovered(simulator);
        Catalogs.Stream(catalog, "tickets")["schema"]!["properties"]!.AsObject().ContainsKey("subject").ShouldBeTrue();
    }

    private static async Task CatalogAsync(SimulatorHost simulator)
    {
        var catalog = Catalogs.SelectOnly(await Discovered(simulator), "groups");
        Catalogs.Deselect(catalog, "groups", "description");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.RecordStreams.ShouldBe(["groups"]);
        run.Records("groups").ShouldAllBe(g => !g.ContainsKey("description"));
    }

    private static async Task StateAsync(SimulatorHost simulator)
    {
        var catalog = Catalogs.SelectOnly(await Discovered(simulator), "tickets");
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });
        first.Records("tickets").Count().ShouldBe(20);

        var second = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = first.LastState!.DeepClone() });

        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Records("tickets").Count().ShouldBeLessThan(20);
    }

    private static async Task ActivateVersionAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(await Discovered(simulator), "sla_policies") });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var activation = run.OfType("ACTIVATE_VERSION").Single();
        run.Records("sla_policies").ShouldNotBeEmpty();
        run.OfType("RECORD").ShouldAllBe(r => r["version"]!.GetValue<long>() == activation["version"]!.GetValue<long>());
    }

    private static async Task TestAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(await Discovered(simulator), "groups"), ExtraArguments = ["--test"] });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Records("groups").Count().ShouldBe(1);
        run.OfType("STATE").ShouldBeEmpty();
    }

    private static async Task BatchAsync(SimulatorHost simulator)
    {
        using var batches = new BatchDirectory();
        var catalog = Catalogs.SelectOnly(await Discovered(simulator), "groups");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("batch_config", batches.Config()));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.OfType("RECORD").ShouldBeEmpty();
        run.OfType("BATCH").ShouldNotBeEmpty();
        BatchDirectory.RecordLines(run)["groups"].ShouldNotBeEmpty();
        run.Messages[^1]["type"]!.GetValue<string>().ShouldBe("STATE");
    }

    private static async Task StreamMapsAsync(SimulatorHost simulator)
    {
        var catalog = Catalogs.SelectOnly(await Discovered(simulator), "groups");
        var maps = JsonNode.Parse("""{"groups": {"__alias__": "teams", "name": "name.upper()", "description": null}}""");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("stream_maps", maps));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.RecordStreams.ShouldBe(["teams"]);
        run.Records("teams").ShouldAllBe(g => g["name"]!.GetValue<string>() == g["name"]!.GetValue<string>().ToUpperInvariant() && !g.ContainsKey("description"));
    }

    private static async Task<JsonNode> Discovered(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
