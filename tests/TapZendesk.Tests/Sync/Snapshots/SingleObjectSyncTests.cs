using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Snapshots;

/// <summary>An endpoint answering one object is one record, a table version of its own, with no key.</summary>
public sealed class SingleObjectSyncTests
{
    [Theory]
    [InlineData("talk_settings", "maximum_queue_size")]
    [InlineData("talk_current_queue_activity", "agents_online")]
    public async Task The_object_is_the_streams_one_record_and_its_version_is_activated(string stream, string property)
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);
        var catalog = System.Text.Json.Nodes.JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true })).Text)!;

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(catalog, stream) });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var record = run.Records(stream).ShouldHaveSingleItem();
        record[property].ShouldNotBeNull();
        run.OfType("SCHEMA").Single()["key_properties"]!.AsArray().ShouldBeEmpty();
        var version = run.OfType("ACTIVATE_VERSION").ShouldHaveSingleItem()["version"]!.GetValue<long>();
        run.OfType("RECORD").Single()["version"]!.GetValue<long>().ShouldBe(version);
        run.IndexOfFirst("ACTIVATE_VERSION", stream).ShouldBeGreaterThan(run.IndexOfFirst("RECORD", stream));
    }
}
