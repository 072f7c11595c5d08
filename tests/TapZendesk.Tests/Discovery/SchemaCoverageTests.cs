using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Discovery;

/// <summary>Every field the account serves is declared in its stream's SCHEMA, or it would never reach a warehouse.</summary>
public sealed class SchemaCoverageTests
{
    [Theory]
    [InlineData("ticket_events", "per_ticket")]
    [InlineData("per_ticket", "ticket_events")]
    public async Task Every_property_of_every_record_sent_is_declared_in_the_streams_schema(string commentsSource, string auditsSource)
    {
        await using var simulator = await Simulators.StartAsync(tickets: 60, seed: 9);

        var run = await TapHarness.RunAsync(simulator, new TapSetup().With("ticket_comments_source", commentsSource).With("ticket_audits_source", auditsSource));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var undeclared = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stream in run.RecordStreams)
        {
            var schema = run.SchemaOf(stream)!;
            foreach (var record in run.Records(stream))
            {
                Collect(stream, record, schema, undeclared);
            }
        }

        run.RecordStreams.Count().ShouldBeGreaterThan(25);
        undeclared.ShouldBeEmpty();
    }

    /// <summary>The paths under <paramref name="path"/> that <paramref name="schema"/> does not declare, or whose values are of a type it does not allow; objects without declared properties are free-form.</summary>
    private static void Collect(string path, JsonNode? value, JsonObject schema, ISet<string> undeclared)
    {
        switch (value)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties && properties.Count > 0:
                foreach (var (name, child) in obj)
                {
                    if (properties[name] is JsonObject declared)
                    {
                        Collect($"{path}.{name}", child, declared, undeclared);
                    }
                    else
                    {
                        undeclared.Add($"{path}.{name}");
                    }
                }

                break;
            case JsonArray array when schema["items"] is JsonObject items:
                foreach (var item in array)
                {
                    Collect($"{path}[]", item, items, undeclared);
                }

                break;
        }

        if (schema["type"] is JsonArray allowed && !allowed.Any(t => Fits(value, t!.GetValue<string>())))
        {
            undeclared.Add($"{path} ({value?.GetValueKind().ToString() ?? "null"} where the schema says {allowed.ToJsonString()})");
        }
    }

    private static bool Fits(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value?.GetValueKind() == JsonValueKind.String,
        "boolean" => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "integer" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(), CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d),
        "number" => value?.GetValueKind() == JsonValueKind.Number,
        _ => true,
    };
}
