using System.Text.Json.Nodes;
using Zendesk.Simulator.Data.Routing;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Routing;

public sealed class RoutingDefinitionsSyncTests
{
    [Fact]
    public async Task Each_condition_of_both_lists_becomes_a_record_keyed_by_its_list_and_subject()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var discovered = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        var catalog = Catalogs.SelectOnly(JsonNode.Parse(discovered.Text)!, "routing_attribute_definitions");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        string[] expected =
        [
            .. RoutingDefinitions.All.Select(c => Record("all", c)),
            .. RoutingDefinitions.Any.Select(c => Record("any", c)),
        ];
        run.Records("routing_attribute_definitions").Select(r => r.ToJsonString()).ShouldBe(expected);
        run.Records("routing_attribute_definitions").Select(r => StreamKinds.Identity("routing_attribute_definitions", r)).ShouldBeUnique();
        run.OfType("SCHEMA").Single(m => m["stream"]!.GetValue<string>() == "routing_attribute_definitions")["key_properties"]!.AsArray()
            .Select(k => k!.GetValue<string>()).ShouldBe(["condition", "subject"]);
        run.OfType("ACTIVATE_VERSION").Count(m => m["stream"]!.GetValue<string>() == "routing_attribute_definitions").ShouldBe(1);
    }

    private static string Record(string condition, (string Subject, string Title) c) =>
        new JsonObject { ["condition"] = condition, ["subject"] = c.Subject, ["title"] = c.Title }.ToJsonString();
}
