using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Serialization;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>The keys nested in <c>batch_config</c>, read with errors that name the file and the key's full path.</summary>
internal sealed class BatchConfigKeys(string path, ProgramLog log)
{
    public ConfigurationException Error(string key, string problem) =>
        new($"config file '{path}': \"{TapSettings.BatchConfig}.{key}\" {problem}");

    public JsonElement Object(JsonElement element, string name, string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException($"config file '{path}': \"{name}\" must be an object, not {JsonKinds.Describe(element.ValueKind)}");
        }

        var unknown = element.EnumerateObject().Select(p => p.Name).Where(k => !known.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            log.Warn($"config file '{path}': \"{name}\" has keys the tap does not know; they are ignored", ("keys", string.Join(",", unknown)));
        }

        return element;
    }

    public JsonElement? Child(JsonElement parent, string key, string[] known) =>
        Value(parent, key) is { } child ? Object(child, $"{TapSettings.BatchConfig}.{key}", known) : null;

    /// <summary>The string at <paramref name="key"/>, a path below batch_config whose last part is looked up in <paramref name="parent"/>.</summary>
    public string? String(JsonElement? parent, string key)
    {
        if (parent is not { } p || Value(p, key[(key.LastIndexOf('.') + 1)..]) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Error(key, $"must be a string, not {JsonKinds.Describe(value.ValueKind)}");
    }

    public int BatchSize(JsonElement root)
    {
        if (Value(root, "batch_size") is not { } value)
        {
            return BatchConfig.DefaultBatchSize;
        }

        // Meltano passes numbers from the environment as strings.
        var number = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => throw Error("batch_size", "must be an integer"),
        };
        return number is >= 1 and <= int.MaxValue ? (int)number : throw Error("batch_size", $"must be between 1 and {int.MaxValue}");
    }

    private static JsonElement? Value(JsonElement parent, string key) =>
        parent.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
