using System.Text.Json.Nodes;
using Snapshooter.Xunit;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Discovery;

public sealed class DiscovererTests
{
    [Fact]
    public async Task Discovers_the_catalog_of_a_seeded_account()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20, seed: 42);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var catalog = JsonNode.Parse(run.Text)!;
        catalog["streams"]!.AsArray().ShouldAllBe(s => s!.AsObject().Select(p => p.Key).Order().SequenceEqual(new[] { "metadata", "schema", "stream", "tap_stream_id" }));
        Snapshot.Match(run.Text);
    }

    [Fact]
    public async Task Types_the_custom_fields_of_users_and_organizations_from_their_definitions()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);

        var catalog = JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true })).Text)!;
        var fields = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(catalog, "user_fields", "organization_fields") });

        foreach (var (stream, property, definitions) in new[] { ("users", "user_fields", "user_fields"), ("organizations", "organization_fields", "organization_fields") })
        {
            var typed = Catalogs.Stream(catalog, stream)["schema"]!["properties"]![property]!["properties"]!.AsObject();
            var keys = fields.Records(definitions).Select(f => f["key"]!.GetValue<string>()).ToList();
            keys.ShouldNotBeEmpty();
            typed.Select(p => p.Key).ShouldBe(keys, ignoreOrder: true);
            foreach (var definition in fields.Records(definitions))
            {
                var expected = definition["type"]!.GetValue<string>() switch
                {
                    "integer" or "lookup" => "integer",
                    "decimal" => "number",
                    "checkbox" => "boolean",
                    "multiselect" => "array",
                    _ => "string",
                };
                typed[definition["key"]!.GetValue<string>()]!["type"]![1]!.GetValue<string>().ShouldBe(expected);
            }
        }
    }

    [Fact]
    public async Task Discovery_without_access_to_the_field_definitions_warns_and_keeps_free_objects()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 20, Plan = ZendeskPlan.Team, TalkEnabled = false, RateLimits = false });

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var catalog = JsonNode.Parse(run.Text)!;
        catalog["streams"]!.AsArray().Count.ShouldBe(StreamTable.All.Count - Sync.PlanGatingTests.Gated.Length);
        var userFields = Catalogs.Stream(catalog, "users")["schema"]!["properties"]!["user_fields"]!.AsObject();
        userFields.ContainsKey("properties").ShouldBeFalse();
        userFields["additionalProperties"]!.GetValue<bool>().ShouldBeTrue();
        run.Stderr.Split('\n').Count(l => l.Contains("WARNING", StringComparison.Ordinal) && l.Contains("user_fields", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Discovery_reports_refused_credentials()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true }.With("api_token", "not-the-token"));

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("401");
        run.Text.ShouldBeEmpty();
    }
}
