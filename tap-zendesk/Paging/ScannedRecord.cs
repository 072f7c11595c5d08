using System.Text.Json;
using Zendesk.Singer.Tap.State;
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

    /// <summary>A time field as a point in time (<see cref="Timestamps.Time(ref Utf8JsonReader)"/>).</summary>
    public DateTimeOffset? Time(ReadOnlySpan<byte> name)
    {
        if (!TryGetProperty(name, out var property))
        {
            return null;
        }

        var reader = ReaderAt(property);
        return Timestamps.Time(ref reader);
    }

    /// <summary>A key as bookmarks keep it (<see cref="RecordKeys.Of(ref Utf8JsonReader)"/>).</summary>
    public string? Key(ReadOnlySpan<byte> name)
    {
        if (!TryGetProperty(name, out var property))
        {
            return null;
        }

        var reader = ReaderAt(property);
        return RecordKeys.Of(ref reader);
    }

    public DateTimeOffset? Time(RecordField field) => Time(field.Utf8);

    public string? Key(RecordField field) => Key(field.Utf8);

    public void WriteTo(Utf8JsonWriter writer, FieldFilter filter, RecordExtra[]? extras)
    {
        if (extras is null)
        {
            ScannedRecordWriter.Write(writer, this, filter);
            return;
        }

        // The tap adds properties only to the records of parsed answers; this is the rare way for a scanned one.
        var reader = new Utf8JsonReader(Json);
        RecordWriter.Write(writer, JsonElement.ParseValue(ref reader), filter, extras);
    }

    public string? String(ReadOnlySpan<byte> name)
    {
        if (!TryGetProperty(name, out var property) || property.Kind != JsonTokenType.String)
        {
            return null;
        }

        var reader = ReaderAt(property);
        return reader.GetString();
    }

    public long? Int64(ReadOnlySpan<byte> name)
    {
        if (!TryGetProperty(name, out var property) || property.Kind != JsonTokenType.Number)
        {
            return null;
        }

        var reader = ReaderAt(property);
        return reader.TryGetInt64(out var number) ? number : null;
    }

    private Utf8JsonReader ReaderAt(RawProperty property)
    {
        var reader = new Utf8JsonReader(RawValue(property));
        reader.Read();
        return reader;
    }
}
