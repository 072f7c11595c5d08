using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Maps;
using Zendesk.Singer.Protocol.Maps.Evaluation;
using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Tests.Maps;

/// <summary>Maps read from config text, and records run through them.</summary>
internal static class MapFixtures
{
    public static readonly JsonObject UsersSchema = JsonNode.Parse("""
        {"type": "object", "properties": {
            "id": {"type": "integer"},
            "email": {"type": ["string", "null"], "format": "email"},
            "name": {"type": ["string", "null"]},
            "role": {"type": ["string", "null"]},
            "phone": {"type": ["string", "null"]},
            "tags": {"type": ["array", "null"], "items": {"type": "string"}}},
         "required": ["id", "email"]}
        """)!.AsObject();

    public static StreamMaps Read(string config) => StreamMapsReader.Read(ConfigFile.FromJson("config.json", config));

    public static MappedStream Bind(string config, string stream = "users", IReadOnlyList<string>? keys = null) =>
        Read(config).Bind(stream, UsersSchema, keys ?? ["id"], ["updated_at"]);

    /// <summary>The records <paramref name="output"/> writes for <paramref name="record"/>, or null when filtered out.</summary>
    public static JsonObject? Apply(StreamMapOutput output, string record)
    {
        using var document = JsonDocument.Parse(record);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (!output.Write(document.RootElement, writer))
            {
                return null;
            }
        }

        return JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsObject();
    }

    /// <summary>An expression's value on <paramref name="record"/>, with <paramref name="config"/> as <c>config</c>.</summary>
    public static object? Evaluate(string expression, string record = "{}", string config = "{}", string? property = null)
    {
        using var recordDocument = JsonDocument.Parse(record);
        using var configDocument = JsonDocument.Parse(config);
        var declared = new HashSet<string> { "declared_but_absent" };
        var value = Evaluator.Evaluate(Parser.Parse(expression), new MapScope(recordDocument.RootElement, configDocument.RootElement, "users", "users", property, declared));
        return value is JsonElement element ? element.GetRawText() : value;
    }
}
