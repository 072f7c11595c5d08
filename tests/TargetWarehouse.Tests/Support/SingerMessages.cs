using System.Text.Json.Nodes;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>Builds Singer messages for tests.</summary>
internal static class SingerMessages
{
    public static JsonObject Schema(string stream, JsonObject properties, params string[] keys) => new()
    {
        ["type"] = "SCHEMA",
        ["stream"] = stream,
        ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = properties },
        ["key_properties"] = new JsonArray([.. keys.Select(k => (JsonNode)JsonValue.Create(k))]),
    };

    public static JsonObject Record(string stream, JsonObject record, long? version = null)
    {
        var message = new JsonObject { ["type"] = "RECORD", ["stream"] = stream, ["record"] = record };
        if (version is { } v)
        {
            message["version"] = v;
        }

        return message;
    }

    public static JsonObject State(int n) => new() { ["type"] = "STATE", ["value"] = new JsonObject { ["n"] = n } };

    public static JsonObject ActivateVersion(string stream, long version) => new() { ["type"] = "ACTIVATE_VERSION", ["stream"] = stream, ["version"] = version };

    public static JsonObject Type(params string[] types) =>
        types.Length == 1 ? new JsonObject { ["type"] = types[0] } : new JsonObject { ["type"] = new JsonArray([.. types.Select(t => (JsonNode)JsonValue.Create(t))]) };

    public static string Lines(IEnumerable<JsonObject> messages) => string.Concat(messages.Select(m => m.ToJsonString() + "\n"));

    public static string Lines(params JsonObject[] messages) => Lines((IEnumerable<JsonObject>)messages);
}
