using System.Text.Json.Nodes;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>
/// The schema of a mapped stream: removed properties leave it (and its <c>required</c>), computed ones
/// get the schema <see cref="SchemaInference"/> reads from their expression; with <c>__else__</c> only
/// the keys and the named properties stay. The keys must survive the map.
/// </summary>
internal static class MappedSchema
{
    /// <exception cref="MapConfigurationException">The map removes a key property, or keeps a key the mapped stream lacks.</exception>
    public static JsonObject Of(StreamMapDefinition definition, string name, string source, IReadOnlyList<string> keys, JsonObject schema, JsonObject sourceProperties)
    {
        var mapped = (JsonObject)schema.DeepClone();
        var where = $"{MapSettings.StreamMaps}.{definition.Key}";
        JsonObject properties;
        if (definition.KeepsOthers)
        {
            properties = mapped["properties"] as JsonObject ?? [];
        }
        else
        {
            properties = [];
            foreach (var key in keys.Where(k => sourceProperties.ContainsKey(k)))
            {
                properties[key] = sourceProperties[key]!.DeepClone();
            }
        }

        foreach (var property in definition.Properties)
        {
            if (!property.Removes)
            {
                properties[property.Name] = SchemaInference.For(property.Expression!, property.Name, sourceProperties);
                continue;
            }

            if (keys.Contains(property.Name))
            {
                throw new MapConfigurationException($"{where}.{property.Name}: \"{property.Name}\" is a key property of stream \"{source}\"; to remove it, give the new keys in {MapSettings.KeyProperties} (an empty list for none)");
            }

            properties.Remove(property.Name);
        }

        foreach (var key in keys)
        {
            if (!properties.ContainsKey(key) && (sourceProperties.Count > 0 || definition.Properties.Count > 0))
            {
                throw new MapConfigurationException($"{where}.{MapSettings.KeyProperties}: the key property \"{key}\" is not a property of the mapped stream \"{name}\"");
            }
        }

        if (!ReferenceEquals(mapped["properties"], properties))
        {
            mapped["properties"] = properties;
        }

        if (mapped["required"] is JsonArray required)
        {
            mapped["required"] = new JsonArray([.. required.Select(r => r?.GetValue<string>()).Where(r => r is not null && properties.ContainsKey(r)).Select(r => JsonValue.Create(r))]);
        }

        return mapped;
    }
}
