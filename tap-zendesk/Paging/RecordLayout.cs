using System.Buffers;
using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// A record's top-level properties as positions in the bytes they lie in (a scanned response's
/// buffer, or a parsed record's own JSON), so a record is copied out as the bytes Zendesk sent.
/// </summary>
internal readonly ref struct RecordLayout(ReadOnlySpan<byte> bytes, ReadOnlySpan<RawProperty> properties)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public ReadOnlySpan<RawProperty> Properties { get; } = properties;

    /// <summary>
    /// Finds the properties of an object record with one pass over its bytes, into an array rented
    /// into <paramref name="rented"/> (which the caller returns to the shared pool).
    /// </summary>
    public static RecordLayout Read(ReadOnlySpan<byte> json, ref RawProperty[]? rented)
    {
        rented ??= ArrayPool<RawProperty>.Shared.Rent(64);
        var count = 0;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = RawProperty.NameOf(ref reader);
            reader.Read();
            if (count == rented.Length)
            {
                var larger = ArrayPool<RawProperty>.Shared.Rent(rented.Length * 2);
                rented.CopyTo(larger, 0);
                ArrayPool<RawProperty>.Shared.Return(rented);
                rented = larger;
            }

            rented[count++] = RawProperty.ValueOf(ref reader, name);
        }

        return new RecordLayout(json, rented.AsSpan(0, count));
    }

    public ReadOnlySpan<byte> Slice(int start, int length) => _bytes.Slice(start, length);

    /// <summary>The name as sent: still escaped when <see cref="RawProperty.NameEscaped"/>.</summary>
    public ReadOnlySpan<byte> RawName(RawProperty property) => Slice(property.NameStart, property.NameLength);

    /// <summary>The value as raw JSON.</summary>
    public ReadOnlySpan<byte> RawValue(RawProperty property) => Slice(property.ValueStart, property.ValueLength);

    public bool NameEquals(RawProperty property, ReadOnlySpan<byte> name)
    {
        if (!property.NameEscaped)
        {
            return RawName(property).SequenceEqual(name);
        }

        var reader = QuotedName(property);
        return reader.ValueTextEquals(name);
    }

    public bool NameEquals(RawProperty property, string name)
    {
        var reader = QuotedName(property);
        return reader.ValueTextEquals(name);
    }

    public string DecodedName(RawProperty property) => QuotedName(property).GetString()!;

    /// <summary>The value as an element of a document of its own, for the rare callers that need one.</summary>
    public JsonElement Element(RawProperty property)
    {
        var reader = new Utf8JsonReader(RawValue(property));
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>A reader on the name with its quotes, a JSON string the reader can compare and decode unescaped.</summary>
    private Utf8JsonReader QuotedName(RawProperty property)
    {
        var reader = new Utf8JsonReader(Slice(property.NameStart - 1, property.NameLength + 2));
        reader.Read();
        return reader;
    }
}
