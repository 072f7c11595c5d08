using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Lists;

public sealed class MacroCategoriesTests
{
    [Fact]
    public async Task Each_category_name_becomes_a_record_keyed_by_it_in_a_new_table_version()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 100, Users = 50, Agents = 10, RateLimits = false });
        var discovered = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        var catalog = Catalogs.SelectOnly(JsonNode.Parse(discovered.Text)!, "macro_categories");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var expected = MacroCategories.Of(simulator.Account.Catalog.Macros);
        expected.Count.ShouldBeGreaterThan(1);
        run.Records("macro_categories").Select(r => r.ToJsonString()).ShouldBe(expected.Select(c => new JsonObject { ["name"] = c }.ToJsonString()));
        run.OfType("SCHEMA").Single(m => m["stream"]!.GetValue<string>() == "macro_categories")["key_properties"]!.AsArray().Select(k => k!.GetValue<string>()).ShouldBe(["name"]);
        run.OfType("ACTIVATE_VERSION").Count(m => m["stream"]!.GetValue<string>() == "macro_categories").ShouldBe(1);
    }
}
