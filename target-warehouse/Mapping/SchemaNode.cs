using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// The part of a JSON Schema that Singer streams use (type, format, properties, items, required,
/// additionalProperties, anyOf/oneOf, multipleOf, and the bounds of <see cref="ValueConstraints"/>),
/// read once per SCHEMA message.
/// </summary>
internal sealed class SchemaNode
{
    public static readonly SchemaNode AnyValue = new() { Types = JsonTypes.Any };

    private SchemaNode()
    {
    }

    /// <summary>The types a value may have (for anyOf: the union of the alternatives).</summary>
    public JsonTypes Types { get; private init; }

    /// <summary>The declared string format, shared by every alternative that allows strings.</summary>
    public StringFormat Format { get; private init; }

    public decimal? MultipleOf { get; private init; }

    /// <summary>Bounds on the value beyond its type (lengths, pattern, minimum and maximum, enum), or null.</summary>
    public ValueConstraints? Constraints { get; private init; }

    /// <summary>Object properties in declaration order (for anyOf: merged from the object alternatives).</summary>
    public ImmutableArray<KeyValuePair<string, SchemaNode>> Properties { get; private init; } = [];

    public IReadOnlyDictionary<string, SchemaNode> PropertyMap => _propertyMap;

    private Dictionary<string, SchemaNode> _propertyMap = new(StringComparer.Ordinal);

    private byte[][] _utf8Names = [];

    public SchemaNode? Items { get; private init; }

    public IReadOnlyList<string> Required { get; private init; } = [];

    public bool AdditionalProperties { get; private init; } = true;

    /// <summary>The alternatives of an anyOf/oneOf; a value must satisfy one of them.</summary>
    public IReadOnlyList<SchemaNode>? AnyOf { get; private init; }

    public bool AllowsNull => (Types & JsonTypes.Null) != 0;

    /// <summary>Whether an object needs its properties looked at: declared ones, required ones or a closed set.</summary>
    public bool ConstrainsProperties => _propertyMap.Count > 0 || Required.Count > 0 || !AdditionalProperties;

    /// <summary>
    /// Looks up the property whose name the reader is on by its raw UTF-8 name, first trying the
    /// property after the one found last: records nearly always list their properties in the
    /// schema's order.
    /// </summary>
    /// <param name="next">The guess, carried from one call to the next; start at 0.</param>
    /// <returns>The property's index in <see cref="Properties"/>, or -1.</returns>
    public int FindProperty(ref Utf8JsonReader reader, ref int next)
    {
        var names = _utf8Names;
        if (!reader.ValueIsEscaped)
        {
            var raw = reader.ValueSpan;
            if ((uint)next < (uint)names.Length && raw.SequenceEqual(names[next]))
            {
                return next++;
            }

            for (var i = 0; i < names.Length; i++)
            {
                if (raw.SequenceEqual(names[i]))
                {
                    next = i + 1;
                    return i;
                }
            }

            return -1;
        }

        // An escaped name matches only once unescaped.
        var name = reader.GetString()!;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(Properties[i].Key, name, StringComparison.Ordinal))
            {
                next = i + 1;
                return i;
            }
        }

        return -1;
    }

    public static SchemaNode Parse(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || schema.TryGetProperty("$ref", out _))
        {
            return AnyValue;
        }

        var alternatives = Alternatives(schema);
        var declared = DeclaredTypes(schema);
        var properties = ReadProperties(schema);
        var items = schema.TryGetProperty("items", out var i) ? Parse(i) : null;
        var format = ReadFormat(schema);
        if (alternatives is not null)
        {
            var union = alternatives.Aggregate(JsonTypes.None, (t, a) => t | a.Types);
            declared = declared == JsonTypes.None ? union : declared & (union | JsonTypes.Null);
            format = format != StringFormat.None ? format : SharedFormat(alternatives);
            if (properties.Count == 0)
            {
                properties = [.. alternatives.SelectMany(a => a.Properties).DistinctBy(p => p.Key)];
            }

            items ??= alternatives.Select(a => a.Items).FirstOrDefault(x => x is not null);
        }

        if (declared == JsonTypes.None)
        {
            declared = properties.Count > 0 ? JsonTypes.Object | JsonTypes.Null
                : items is not null ? JsonTypes.Array | JsonTypes.Null
                : JsonTypes.Any;
        }

        return new SchemaNode
        {
            Types = declared,
            Format = format,
            MultipleOf = ReadMultipleOf(schema) ?? alternatives?.Select(a => a.MultipleOf).FirstOrDefault(m => m is not null),
            Constraints = ValueConstraints.Read(schema),
            Properties = [.. properties],
            _propertyMap = properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            _utf8Names = [.. properties.Select(p => Encoding.UTF8.GetBytes(p.Key))],
            Items = items,
            Required = ReadRequired(schema),
            AdditionalProperties = !(schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False),
            AnyOf = alternatives,
        };
    }

    private static List<SchemaNode>? Alternatives(JsonElement schema)
    {
        foreach (var name in (ReadOnlySpan<string>)["anyOf", "oneOf"])
        {
            if (schema.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0)
            {
                return [.. list.EnumerateArray().Select(Parse)];
            }
        }

        return null;
    }

    private static JsonTypes DeclaredTypes(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return JsonTypes.None;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return TypeOf(type.GetString());
        }

        var types = JsonTypes.None;
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                types |= item.ValueKind == JsonValueKind.String ? TypeOf(item.GetString()) : JsonTypes.None;
            }
        }

        return types;
    }

    private static JsonTypes TypeOf(string? name) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "integer" => JsonTypes.Integer,
        "number" => JsonTypes.Number | JsonTypes.Integer,
        "string" => JsonTypes.String,
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        _ => JsonTypes.None,
    };

    private static List<KeyValuePair<string, SchemaNode>> ReadProperties(JsonElement schema)
    {
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var list = new List<KeyValuePair<string, SchemaNode>>();
        foreach (var property in properties.EnumerateObject())
        {
            list.RemoveAll(p => p.Key == property.Name);
            list.Add(new(property.Name, Parse(property.Value)));
        }

        return list;
    }

    private static StringFormat ReadFormat(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
            ? format.GetString() switch
            {
                "date-time" => StringFormat.DateTime,
                "date" => StringFormat.Date,
                _ => StringFormat.None,
            }
            : StringFormat.None;

    private static StringFormat SharedFormat(List<SchemaNode> alternatives)
    {
        var formats = alternatives.Where(a => (a.Types & JsonTypes.String) != 0).Select(a => a.Format).Distinct().ToList();
        return formats.Count == 1 ? formats[0] : StringFormat.None;
    }

    private static decimal? ReadMultipleOf(JsonElement schema) =>
        schema.TryGetProperty("multipleOf", out var m) && m.ValueKind == JsonValueKind.Number
            && decimal.TryParse(m.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;

    private static string[] ReadRequired(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array
            ? [.. required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]
            : [];
}
