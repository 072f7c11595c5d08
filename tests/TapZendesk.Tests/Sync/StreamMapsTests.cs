using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>The tap applies <c>stream_maps</c> to what it writes; bookmarks keep the tap's own streams.</summary>
public sealed class StreamMapsTests
{
    private static readonly string[] Streams = ["users", "groups", "tickets", "organizations", "sla_policies"];

    private static readonly JsonNode Maps = JsonNode.Parse("""
        {
            "users": {"email": "sha256(email)", "phone": null},
            "groups": {"__alias__": "teams"},
            "group_keys": {"__source__": "groups", "id": null, "group_key": "md5(str(id))", "__key_properties__": ["group_key"]},
            "tickets": {"__filter__": "status == 'open'"},
            "organizations": {"name": "name", "__else__": null},
            "sla_policies": null
        }
        """)!;

    [Fact]
    public async Task Records_and_schemas_follow_the_maps_while_bookmarks_keep_the_tap_streams()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), Streams);
        var reference = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("stream_maps", Maps));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.OfType("SCHEMA").Select(s => s["stream"]!.GetValue<string>()).ShouldBe(["users", "teams", "group_keys", "tickets", "organizations"], ignoreOrder: true);
        run.Messages.ShouldAllBe(m => m["stream"] == null || (m["stream"]!.GetValue<string>() != "sla_policies" && m["stream"]!.GetValue<string>() != "groups"));

        var emails = reference.Records("users").ToDictionary(u => u["id"]!.GetValue<long>(), u => u["email"]?.GetValue<string>());
        run.Records("users").Count().ShouldBe(emails.Count);
        run.Records("users").ShouldAllBe(u => u["email"]!.GetValue<string>() == Sha256(emails[u["id"]!.GetValue<long>()]!) && !u.ContainsKey("phone"));
        run.SchemaOf("users")!["properties"]!.AsObject().ContainsKey("phone").ShouldBeFalse();
        run.SchemaOf("users")!["properties"]!["email"]!["type"]!.ToJsonString().ShouldBe("""["string","null"]""");

        run.Ids("teams").Order().ShouldBe(reference.Ids("groups").Order());
        var keyed = run.OfType("SCHEMA").Single(s => s["stream"]!.GetValue<string>() == "group_keys");
        keyed["key_properties"]!.AsArray().Select(k => k!.GetValue<string>()).ShouldBe(["group_key"]);
        run.Records("group_keys").Select(g => g["group_key"]!.GetValue<string>()).Order()
            .ShouldBe(reference.Ids("groups").Select(id => Md5(id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Order());
        run.Records("group_keys").ShouldAllBe(g => !g.ContainsKey("id"));

        var open = reference.Records("tickets").Where(t => t["status"]!.GetValue<string>() == "open").Select(t => t["id"]!.GetValue<long>()).Order().ToList();
        open.ShouldNotBeEmpty();
        open.Count.ShouldBeLessThan(reference.Records("tickets").Count());
        run.Ids("tickets").Order().ShouldBe(open);

        run.Records("organizations").ShouldAllBe(o => o.Select(p => p.Key).Order().SequenceEqual(new[] { "id", "name" }));
        run.Ids("organizations").Order().ShouldBe(reference.Ids("organizations").Order());

        // Tickets a filter leaves out still move the bookmark on: the state is the run's without maps.
        JsonNode.DeepEquals(run.LastState, reference.LastState).ShouldBeTrue($"{run.LastState?.ToJsonString()} != {reference.LastState?.ToJsonString()}");
    }

    [Fact]
    public async Task An_invalid_map_exits_2_before_any_output_naming_the_stream_and_key()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup().With("stream_maps", JsonNode.Parse("""{"users": {"email": "md6(email)"}}""")));

        run.ExitCode.ShouldBe(2);
        run.Text.ShouldBeEmpty();
        run.Stderr.ShouldContain("stream_maps.users.email: unknown function \"md6\" at column 1");
    }

    [Fact]
    public async Task Removing_a_key_without_new_keys_exits_2_before_any_output()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "groups");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("stream_maps", JsonNode.Parse("""{"groups": {"id": null}}""")));

        run.ExitCode.ShouldBe(2);
        run.Text.ShouldBeEmpty();
        run.Stderr.ShouldContain("stream_maps.groups.id: \"id\" is a key property of stream \"groups\"");
    }

    [Fact]
    public async Task A_map_that_changes_a_stream_written_to_batch_files_exits_2_before_any_output()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        using var batches = new BatchDirectory();
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "groups");
        var setup = new TapSetup { Catalog = catalog }
            .With("stream_maps", JsonNode.Parse("""{"groups": {"__alias__": "teams"}}"""))
            .With("batch_config", batches.Config());

        var run = await TapHarness.RunAsync(simulator, setup);

        run.ExitCode.ShouldBe(2);
        run.Text.ShouldBeEmpty();
        run.Stderr.ShouldContain("stream_maps.groups: stream maps do not apply to batch files");
        batches.AllFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_map_of_a_stream_the_catalog_does_not_select_gets_one_warning()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "groups");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("stream_maps", JsonNode.Parse("""{"tickets": {"__alias__": "t"}, "groups": {}}""")));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.Split('\n').Count(l => l.Contains("stream_maps names streams this run does not sync", StringComparison.Ordinal)).ShouldBe(1);
        run.Stderr.ShouldContain("tickets");
        run.Records("groups").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task An_expression_failing_on_a_record_stops_the_run_naming_the_stream_property_and_record()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 5, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "groups");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("stream_maps", JsonNode.Parse("""{"groups": {"name": "md5(id)"}}""")));

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("stream_maps.groups.name: md5() needs a string, not 'int' (use md5(str(...))) (stream \"groups\", the record id=");
        run.Records("groups").ShouldBeEmpty();
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
