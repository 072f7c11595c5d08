using System.Text.Json;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>
/// Reads <c>stream_maps</c> and <c>stream_map_config</c> from a config file, parsing every expression,
/// so that a map that cannot work stops the program before it writes anything. Each error names the
/// entry and key (<c>stream_maps.users.email</c>).
/// </summary>
internal static class StreamMapsReader
{
    public static StreamMaps Read(ConfigFile file)
    {
        var config = file.Element(MapSettings.StreamMapConfig);
        if (config is { ValueKind: not JsonValueKind.Object })
        {
            throw Error(file, MapSettings.StreamMapConfig, "must be an object");
        }

        if (file.Element(MapSettings.StreamMaps) is not { } maps)
        {
            return new StreamMaps([], dropsUnmapped: false, config);
        }

        if (maps.ValueKind != JsonValueKind.Object)
        {
            throw Error(file, MapSettings.StreamMaps, "must be an object of stream names to maps");
        }

        var definitions = new List<StreamMapDefinition>();
        var dropsUnmapped = false;
        foreach (var entry in maps.EnumerateObject())
        {
            var where = $"{MapSettings.StreamMaps}.{entry.Name}";
            if (entry.Name == MapSettings.Else)
            {
                dropsUnmapped = IsNull(entry.Value) ? true : throw Error(file, where, "can only be null (or \"__NULL__\"): every stream without a map is then left out");
                continue;
            }

            if (entry.Name.StartsWith("__", StringComparison.Ordinal))
            {
                throw Error(file, where, $"is not an option of {MapSettings.StreamMaps} (only {MapSettings.Else} is)");
            }

            definitions.Add(ReadEntry(file, entry.Name, entry.Value, where));
        }

        return new StreamMaps(definitions, dropsUnmapped, config);
    }

    private static StreamMapDefinition ReadEntry(ConfigFile file, string key, JsonElement value, string where)
    {
        if (IsNull(value))
        {
            return new StreamMapDefinition(key, key, false, null, null, null, true, [], Drops: true);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(file, where, "must be an object (the stream's map) or null (the stream is dropped)");
        }

        string? source = null;
        StreamAlias? alias = null;
        Node? filter = null;
        IReadOnlyList<string>? keys = null;
        var keepsOthers = true;
        var properties = new List<PropertyMap>();
        foreach (var option in value.EnumerateObject())
        {
            var at = $"{where}.{option.Name}";
            switch (option.Name)
            {
                case MapSettings.Source:
                    source = option.Value.ValueKind == JsonValueKind.String && option.Value.GetString() is { Length: > 0 } s ? s : throw Error(file, at, "must be the name of the stream to copy");
                    break;
                case MapSettings.Alias:
                    alias = option.Value.ValueKind == JsonValueKind.String && option.Value.GetString() is { Length: > 0 } a ? StreamAlias.Of(a) : throw Error(file, at, "must be the stream's new name (or an expression of __stream_name__)");
                    break;
                case MapSettings.Filter:
                    filter = IsNull(option.Value) ? null : Parse(file, at, option.Value);
                    break;
                case MapSettings.KeyProperties:
                    keys = KeyList(file, at, option.Value);
                    break;
                case MapSettings.Else:
                    keepsOthers = IsNull(option.Value) ? false : throw Error(file, at, "can only be null (or \"__NULL__\"): every property not named is then left out");
                    break;
                default:
                    if (option.Name.StartsWith("__", StringComparison.Ordinal) && option.Name.EndsWith("__", StringComparison.Ordinal))
                    {
                        throw Error(file, at, $"is not a stream map option (they are {MapSettings.Alias}, {MapSettings.Filter}, {MapSettings.KeyProperties}, {MapSettings.Else} and {MapSettings.Source})");
                    }

                    properties.RemoveAll(p => p.Name == option.Name);
                    properties.Add(IsNull(option.Value)
                        ? new PropertyMap(option.Name, null, null)
                        : new PropertyMap(option.Name, option.Value.ValueKind == JsonValueKind.String ? option.Value.GetString() : null, Parse(file, at, option.Value)));
                    break;
            }
        }

        if (source is not null && alias is not null)
        {
            throw Error(file, $"{where}.{MapSettings.Alias}", $"cannot go with {MapSettings.Source}: the entry's key \"{key}\" is the new stream's name");
        }

        return new StreamMapDefinition(key, source ?? key, source is not null, alias, filter, keys, keepsOthers, properties, Drops: false);
    }

    private static Node Parse(ConfigFile file, string where, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error(file, where, "must be an expression (a string) or null");
        }

        try
        {
            return Parser.Parse(value.GetString()!);
        }
        catch (MapSyntaxException e)
        {
            throw Error(file, where, e.Message);
        }
    }

    private static List<string> KeyList(ConfigFile file, string where, JsonElement value)
    {
        if (IsNull(value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String || k.GetString() is not { Length: > 0 }))
        {
            throw Error(file, where, "must be a list of property names (or null for none)");
        }

        return [.. value.EnumerateArray().Select(k => k.GetString()!)];
    }

    private static bool IsNull(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString() == MapSettings.Null);

    private static ConfigurationException Error(ConfigFile file, string where, string message) =>
        new($"config file '{file.Path}': {where}: {message}");
}
