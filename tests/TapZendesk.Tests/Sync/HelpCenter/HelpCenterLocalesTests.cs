using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.HelpCenter;

/// <summary>A help center's locales come as bare names: each becomes a record of its brand.</summary>
public sealed class HelpCenterLocalesTests
{
    [Fact]
    public async Task Each_locale_of_each_brand_becomes_a_record_saying_whether_it_is_the_default_in_one_table_version()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);
        var catalog = JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true })).Text)!;

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(catalog, "help_center_locales") });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var expected = simulator.Account.HelpCenter.Brands
            .SelectMany(hc => hc.Locales.Select(l => new JsonObject { ["locale"] = l, ["is_default"] = l == hc.DefaultLocale, ["brand_id"] = hc.BrandId }.ToJsonString()));
        run.Records("help_center_locales").Select(r => r.ToJsonString()).ShouldBe(expected);
        run.Records("help_center_locales").Count(r => r["is_default"]!.GetValue<bool>()).ShouldBe(simulator.Account.HelpCenter.Brands.Count);
        run.OfType("SCHEMA").Single(m => m["stream"]!.GetValue<string>() == "help_center_locales")["key_properties"]!.AsArray().Select(k => k!.GetValue<string>()).ShouldBe(["brand_id", "locale"]);
        run.OfType("ACTIVATE_VERSION").Count(m => m["stream"]!.GetValue<string>() == "help_center_locales").ShouldBe(1);
        run.OfType("RECORD").Where(m => m["stream"]!.GetValue<string>() == "help_center_locales").Select(m => m["version"]!.GetValue<long>()).Distinct().Count().ShouldBe(1);
        simulator.Requests.ForEndpoint("GET /api/v2/help_center/locales").ShouldBe(simulator.Account.HelpCenter.Brands.Count);
    }
}
