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
