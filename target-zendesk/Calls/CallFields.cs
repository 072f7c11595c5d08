using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Protocol.Serialization;

namespace Zendesk.Singer.Destination.Calls;

/// <summary>Reads the fields of a call's record, refusing a field of the wrong kind with its path.</summary>
internal static class CallFields
{
    public static JsonElement? Property(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>An object, or null when absent; anything else is refused.</summary>
    public static JsonElement? Object(JsonElement parent, string name, string path)
    {
        var value = Property(parent, name);
        return value is { ValueKind: not JsonValueKind.Object } ? throw new CallRefusedException(path, $"must be an object, not {Kind(value.Value)}") : value;
    }

    /// <summary>A non-empty string, or null when absent or empty.</summary>
    public static string? Text(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } text => text.GetString() is { Length: > 0 } s ? s : null,
        { } other => throw new CallRefusedException(path, $"must be a string, not {Kind(other)}"),
    };

    /// <summary>An identifier: a non-empty string, or an integer written as its digits.</summary>
    public static string? Id(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } text => text.GetString() is { Length: > 0 } s ? s : null,
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
        { } other => throw new CallRefusedException(path, $"must be a string or an integer, not {Kind(other)}"),
    };

    /// <summary>A Zendesk record id: an integer, or a string of digits.</summary>
    public static long? ZendeskId(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var n) && n > 0 => n,
        { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        { ValueKind: JsonValueKind.String } text when text.GetString()!.Length == 0 => null,
        { } other => throw new CallRefusedException(path, $"must be a Zendesk id (a positive integer), not {Describe(other)}"),
    };

    public static bool Flag(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        null => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } text when bool.TryParse(text.GetString(), out var b) => b,
        { } other => throw new CallRefusedException(path, $"must be true or false, not {Describe(other)}"),
    };

    /// <summary>A list of strings, given as an array or as one string separated by commas (or by <paramref name="alsoSeparatedBy"/>).</summary>
    public static IReadOnlyList<string>? List(JsonElement parent, string name, string path, char? alsoSeparatedBy = null)
    {
        switch (Property(parent, name))
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.String } text:
                char[] separators = alsoSeparatedBy is { } extra ? [',', extra] : [','];
                return text.GetString()!.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            case { ValueKind: JsonValueKind.Array } array:
                var items = new List<string>();
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        throw new CallRefusedException(path, $"must hold only strings, not {Kind(item)}");
                    }

                    items.Add(item.GetString()!);
                }

                return items;
            case { } other:
                throw new CallRefusedException(path, $"must be a list of strings, not {Kind(other)}");
        }
    }

    /// <summary>The traits not in <paramref name="standard"/>, keyed for Zendesk's custom fields.</summary>
    public static IReadOnlyList<CustomTrait> Custom(JsonElement traits, IReadOnlySet<string> standard)
    {
        var custom = new List<CustomTrait>();
        if (traits.ValueKind != JsonValueKind.Object)
        {
            return custom;
        }

        foreach (var trait in traits.EnumerateObject())
        {
            if (!standard.Contains(trait.Name))
            {
                custom.Add(new CustomTrait(trait.Name, FieldKeys.SnakeCase(trait.Name), trait.Value.Clone()));
            }
        }

        return custom;
    }

    /// <summary>What a value is, in the words of every other refusal of the programs.</summary>
    public static string Kind(JsonElement value) => JsonKinds.Describe(value.ValueKind);

    // Says what a value is, never what it holds: records carry personal data, and errors reach logs.
    private static string Describe(JsonElement value) => value.ValueKind == JsonValueKind.String ? "a string of another form" : Kind(value);
}
