using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Maps.Evaluation;
using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>
/// One stream a mapped stream comes out as: its name, schema and keys after the map, and the
/// transformation of each record. Expressions read the record as it came in, not as mapped.
/// </summary>
internal sealed class StreamMapOutput
{
    private readonly StreamMapDefinition? _definition;
    private readonly JsonElement _config;
    private readonly IReadOnlyList<string> _sourceKeys;
    private readonly HashSet<string> _declared;
    private readonly Dictionary<string, int> _positions;

    public StreamMapOutput(string name, string source, StreamMapDefinition? definition, JsonObject schema, IReadOnlyList<string> keys, IReadOnlyList<string>? bookmarks, JsonElement config)
    {
        Name = name;
        Source = source;
        _definition = definition;
        _config = config;
        _sourceKeys = keys;
        var sourceProperties = schema["properties"] as JsonObject ?? [];
        _declared = [.. sourceProperties.Select(p => p.Key)];
        _positions = definition?.Properties.Select((p, i) => (p.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal) ?? [];
        KeyProperties = definition?.KeyProperties ?? keys;
        Schema = definition is null ? schema : MappedSchema.Of(definition, name, source, KeyProperties, schema, sourceProperties);
        var mapped = Schema["properties"] as JsonObject;
        BookmarkProperties = bookmarks?.Where(b => mapped is null || mapped.ContainsKey(b)).ToList();
    }

    /// <summary>The stream's name downstream.</summary>
    public string Name { get; }

    /// <summary>The stream it is made from.</summary>
    public string Source { get; }

    public JsonObject Schema { get; }

    public IReadOnlyList<string> KeyProperties { get; }

    public IReadOnlyList<string>? BookmarkProperties { get; }

    /// <summary>Whether records come out as they went in, so they can be passed on without reading them.</summary>
    /// <summary>Whether no entry of the maps applies: the stream as it is.</summary>
    public bool IsUnmapped { get; init; }

    public bool KeepsRecords => _definition is null || _definition.KeepsRecords;

    /// <summary>Writes the record as mapped; false, with nothing written, when the filter leaves it out.</summary>
    /// <exception cref="MapEvaluationException">An expression failed on the record; the message names the map, property, stream and record key.</exception>
    public bool Write(JsonElement record, Utf8JsonWriter writer)
    {
        if (_definition is null || _definition.KeepsRecords)
        {
            record.WriteTo(writer);
            return true;
        }

        if (_definition.Filter is { } filter && !MapValues.Truthy(Evaluate(filter, record, MapSettings.Filter, null)))
        {
            return false;
        }

        var properties = _definition.Properties;
        Span<bool> written = properties.Count <= 128 ? stackalloc bool[properties.Count] : new bool[properties.Count];
        writer.WriteStartObject();
        if (_definition.KeepsOthers)
        {
            foreach (var property in record.EnumerateObject())
            {
                if (!_positions.TryGetValue(property.Name, out var position))
                {
                    property.WriteTo(writer);
                    continue;
                }

                written[position] = true;
                WriteProperty(properties[position], record, writer);
            }
        }
        else
        {
            foreach (var key in KeyProperties)
            {
                if (!_positions.ContainsKey(key) && record.TryGetProperty(key, out var value))
                {
                    writer.WritePropertyName(key);
                    value.WriteTo(writer);
                }
            }
        }

        for (var i = 0; i < properties.Count; i++)
        {
            if (!written[i])
            {
                WriteProperty(properties[i], record, writer);
            }
        }

        writer.WriteEndObject();
        return true;
    }

    private void WriteProperty(PropertyMap property, JsonElement record, Utf8JsonWriter writer)
    {
        if (property.Expression is not { } expression)
        {
            return;
        }

        var value = Evaluate(expression, record, property.Name, property.Name);
        writer.WritePropertyName(property.Name);
        try
        {
            MapValues.Write(writer, value);
        }
        catch (MapEvaluationException e)
        {
            throw Failure(property.Name, record, e.Message);
        }
    }

    private object? Evaluate(Node expression, JsonElement record, string where, string? property)
    {
        try
        {
            return Evaluator.Evaluate(expression, new MapScope(record, _config, Name, Source, property, _declared));
        }
        catch (Exception e) when (e is MapEvaluationException or OverflowException)
        {
            throw Failure(where, record, e is OverflowException ? "integer overflow" : e.Message);
        }
    }

    private MapEvaluationException Failure(string where, JsonElement record, string message)
    {
        var keys = _sourceKeys.Select(k => record.TryGetProperty(k, out var v) ? $"{k}={(v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())}" : null).OfType<string>().ToList();
        var key = keys.Count > 0 ? $"the record {string.Join(", ", keys)}" : "a record without a key";
        return new MapEvaluationException($"{MapSettings.StreamMaps}.{_definition!.Key}.{where}: {message} (stream \"{Source}\", {key})");
    }
}
