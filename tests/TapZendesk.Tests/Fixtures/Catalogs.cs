using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>Edits a discovered catalog as a user would: streams and fields selected or not, replication method.</summary>
internal static class Catalogs
{
    public static JsonObject Stream(JsonNode catalog, string stream) =>
        catalog["streams"]!.AsArray().Single(s => s!["tap_stream_id"]!.GetValue<string>() == stream)!.AsObject();

    public static JsonObject Metadata(JsonNode catalog, string stream, params string[] breadcrumb)
    {
        var entry = Stream(catalog, stream)["metadata"]!.AsArray()
            .Single(m => m!["breadcrumb"]!.AsArray().Select(b => b!.GetValue<string>()).SequenceEqual(breadcrumb))!;
        return entry["metadata"]!.AsObject();
    }

    /// <summary>Selects exactly <paramref name="streams"/>; every other stream is marked not selected.</summary>
    public static JsonNode SelectOnly(JsonNode catalog, params string[] streams)
    {
        var copy = catalog.DeepClone();
        foreach (var entry in copy["streams"]!.AsArray())
        {
            var name = entry!["tap_stream_id"]!.GetValue<string>();
            Metadata(copy, name)["selected"] = streams.Contains(name);
        }

        return copy;
    }

    /// <summary>
    /// The catalog of an account with every plan feature and product, as a user holds it after the
    /// account moves to a smaller plan: it still offers the streams the account has lost.
    /// </summary>
    public static async Task<JsonNode> FromAFullAccountAsync()
    {
        await using var full = await Simulators.StartAsync(new Zendesk.Simulator.Hosting.SimulatorOptions { Tickets = 5, RateLimits = false });
        var run = await TapHarness.RunAsync(full, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }

    /// <summary>Selects every stream the catalog offers.</summary>
    public static JsonNode SelectAll(JsonNode catalog) =>
        SelectOnly(catalog, [.. catalog["streams"]!.AsArray().Select(s => s!["tap_stream_id"]!.GetValue<string>())]);

    public static void Deselect(JsonNode catalog, string stream, string property) =>
        Metadata(catalog, stream, "properties", property)["selected"] = false;

    public static void Replicate(JsonNode catalog, string stream, string method) =>
        Metadata(catalog, stream)["replication-method"] = method;
}
