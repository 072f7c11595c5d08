using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Discovery;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// The custom ticket field columns a run emits: each column's name (as the schema it was given calls
/// it) and its field id (the schema's <see cref="TicketFieldColumns.FieldIdAnnotation"/>). Finds a
/// ticket's values in its raw <c>custom_fields</c> array without building a document.
/// </summary>
internal sealed class CustomFieldColumns
{
    private const int MaxBucketedLength = 64;

    /// <summary>Per column: <c>"name":</c> as escaped UTF-8, ready to copy.</summary>
    private readonly byte[][] _quotedNames;
    private readonly JsonEncodedText[] _names;

    /// <summary>The first column of each field id; <see cref="_sameId"/> chains any further one.</summary>
    private readonly Dictionary<long, int> _firstById = [];
    private readonly int[] _sameId;

    /// <summary>The columns' unescaped UTF-8 names by length, to tell cheaply whether a ticket property has a column's name.</summary>
    private readonly List<byte[]>?[] _namesByLength = new List<byte[]>?[MaxBucketedLength + 1];
    private readonly List<byte[]> _longNames = [];

    private CustomFieldColumns(IReadOnlyList<(string Name, long Id)> columns)
    {
        Count = columns.Count;
        _quotedNames = new byte[Count][];
        _names = new JsonEncodedText[Count];
        _sameId = new int[Count];
        var last = new Dictionary<long, int>();
        for (var i = 0; i < Count; i++)
        {
            var (name, id) = columns[i];
            _names[i] = JsonEncodedText.Encode(name);
            _quotedNames[i] = [(byte)'"', .. _names[i].EncodedUtf8Bytes, (byte)'"', (byte)':'];
            _sameId[i] = -1;
            if (last.TryGetValue(id, out var previous))
            {
                _sameId[previous] = i;
            }
            else
            {
                _firstById[id] = i;
            }

            last[id] = i;
            var utf8 = Encoding.UTF8.GetBytes(name);
            if (utf8.Length <= MaxBucketedLength)
            {
                (_namesByLength[utf8.Length] ??= []).Add(utf8);
            }
            else
            {
                _longNames.Add(utf8);
            }
        }
    }

    public int Count { get; }

    /// <summary>The columns of a tickets schema: its properties that carry a field id, in schema order; null when there are none.</summary>
    public static CustomFieldColumns? FromSchema(JsonObject schema)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return null;
        }

        var columns = new List<(string, long)>();
        foreach (var (name, property) in properties)
        {
            if (property is JsonObject o && FieldId(o[TicketFieldColumns.FieldIdAnnotation]) is { } id)
            {
                columns.Add((name, id));
            }
        }

        return columns.Count == 0 ? null : new CustomFieldColumns(columns);
    }

    /// <summary>Whether a ticket property of this unescaped UTF-8 name is replaced by a column.</summary>
    public bool Has(ReadOnlySpan<byte> utf8Name)
    {
        var bucket = utf8Name.Length > MaxBucketedLength ? _longNames : _namesByLength[utf8Name.Length];
        if (bucket is null)
        {
            return false;
        }

        foreach (var name in bucket)
        {
            if (utf8Name.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Puts into <paramref name="found"/> (two slots per column: start and length within
    /// <paramref name="customFields"/>, or -1) where each column's value lies in a raw
    /// <c>custom_fields</c> array of <c>{"id", "value"}</c> objects.
    /// </summary>
    public void Locate(ReadOnlySpan<byte> customFields, Span<int> found)
    {
        found.Fill(-1);
        if (customFields.IsEmpty)
        {
            return;
        }

        var reader = new Utf8JsonReader(customFields);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            long? id = null;
            var start = -1;
            var length = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                var isValue = !isId && reader.ValueTextEquals("value"u8);
                reader.Read();
                if (isId && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
                {
                    id = number;
                }
                else if (isValue)
                {
                    start = (int)reader.TokenStartIndex;
                }

                reader.Skip();
                if (isValue)
                {
                    length = (int)reader.BytesConsumed - start;
                }
            }

            if (id is { } fieldId && start >= 0 && _firstById.TryGetValue(fieldId, out var column))
            {
                for (; column >= 0; column = _sameId[column])
                {
                    found[2 * column] = start;
                    found[(2 * column) + 1] = length;
                }
            }
        }
    }

    /// <summary>The bytes <see cref="AppendTo"/> writes for these located values.</summary>
    public int AppendedLength(ReadOnlySpan<int> found)
    {
        var length = 0;
        for (var i = 0; i < Count; i++)
        {
            length += 1 + _quotedNames[i].Length + (found[2 * i] >= 0 ? found[(2 * i) + 1] : 4);
        }

        return length;
    }

    /// <summary>Appends <c>,"name":value</c> per column (no comma before the first when <paramref name="first"/>); returns the new length.</summary>
    public int AppendTo(Span<byte> output, int length, bool first, ReadOnlySpan<byte> customFields, ReadOnlySpan<int> found)
    {
        for (var i = 0; i < Count; i++)
        {
            if (!first || i > 0)
            {
                output[length++] = (byte)',';
            }

            _quotedNames[i].CopyTo(output[length..]);
            length += _quotedNames[i].Length;
            var value = found[2 * i] >= 0 ? customFields.Slice(found[2 * i], found[(2 * i) + 1]) : "null"u8;
            value.CopyTo(output[length..]);
            length += value.Length;
        }

        return length;
    }

    /// <summary>Writes each column as a property through <paramref name="writer"/>.</summary>
    public void WriteTo(Utf8JsonWriter writer, ReadOnlySpan<byte> customFields, ReadOnlySpan<int> found)
    {
        for (var i = 0; i < Count; i++)
        {
            writer.WritePropertyName(_names[i]);
            writer.WriteRawValue(found[2 * i] >= 0 ? customFields.Slice(found[2 * i], found[(2 * i) + 1]) : "null"u8, skipInputValidation: true);
        }
    }

    /// <summary>A field id as a catalog may hold it: a JSON number, or its digits as a string.</summary>
    private static long? FieldId(JsonNode? node)
    {
        var text = node?.GetValueKind() switch
        {
            JsonValueKind.Number => node.ToJsonString(),
            JsonValueKind.String => node.GetValue<string>(),
            _ => null,
        };
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
