using System.Text.Json;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One record of a <see cref="ScannedResponse"/>: its raw JSON and its top-level properties, read on
/// demand without a document. Valid while its answer is.
/// </summary>
internal readonly struct ScannedRecord(ScannedResponse answer, int index) : IRecord
{
    private readonly RecordSpan _span = answer.RecordAt(index);

    /// <summary>The record as Zendesk sent it.</summary>
    public ReadOnlySpan<byte> Json => answer.Slice(_span.Start, _span.Length);

    public bool IsObject => _span.IsObject;

    public int PropertyCount => _span.PropertyCount;

    public RawProperty Property(int index) => answer.PropertyAt(_span.FirstProperty + index);

    /// <summary>The name as sent: still escaped when <see cref="RawProperty.NameEscaped"/>.</summary>
    public ReadOnlySpan<byte> RawName(RawProperty property) => answer.Slice(property.NameStart, property.NameLength);

    public string DecodedName(RawProperty property) => answer.DecodedName(property);

    /// <summary>Bytes of the answer the record lies in, at positions given by its properties.</summary>
    public ReadOnlySpan<byte> Raw(int start, int length) => answer.Slice(start, length);

    /// <summary>The value as raw JSON.</summary>
    public ReadOnlySpan<byte> RawValue(RawProperty property) => answer.Slice(property.ValueStart, property.ValueLength);

    /// <summary>The value as an element of a document of its own, for the rare callers that need one.</summary>
    public JsonElement Element(RawProperty property)
    {
        var reader = new Utf8JsonReader(RawValue(property));
        return JsonElement.ParseValue(ref reader);
    }

    public bool TryGetProperty(ReadOnlySpan<byte> name, out RawProperty property)
    {
        // Looked for from the start: the fields asked for (id, times, status) come early in Zendesk's records.
        for (var i = 0; i < _span.PropertyCount; i++)
        {
            property = Property(i);
            if (answer.NameEquals(property, name))
            {
                return true;
            }
        }

        property = default;
        return false;
    }

    public bool TryRead(RecordField field, out Utf8JsonReader value)
    {
        if (!TryGetProperty(field.Utf8, out var property))
        {
            value = default;
            return false;
        }

        value = new Utf8JsonReader(RawValue(property));
        value.Read();
        return true;
    }

    public JsonElement AsElement()
    {
        var reader = new Utf8JsonReader(Json);
        return JsonElement.ParseValue(ref reader);
    }

    public void WriteTo(Utf8JsonWriter writer, FieldFilter filter, RecordExtra[]? extras)
    {
        if (extras is null)
        {
            ScannedRecordWriter.Write(writer, this, filter);
            return;
        }

        // The tap adds properties only to the records of parsed responses; this is the rare way for a scanned one.
        RecordWriter.Write(writer, AsElement(), filter, extras);
    }
}
