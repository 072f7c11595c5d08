using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One record of a <see cref="ScannedResponse"/>: its raw JSON and its top-level properties, read on
/// demand without a document. Valid while its response is.
/// </summary>
internal readonly struct ScannedRecord(ScannedResponse response, int index) : IRecord
{
    private readonly RecordSpan _span = response.RecordAt(index);

    /// <summary>The record as Zendesk sent it.</summary>
    public ReadOnlySpan<byte> Json => response.Slice(_span.Start, _span.Length);

    public bool IsObject => _span.IsObject;

    /// <summary>The record's properties, as the scan noted them.</summary>
    public RecordLayout Layout() => response.LayoutOf(_span);

    public RecordLayout Layout(ref RawProperty[]? rented) => Layout();

    public bool TryRead(RecordField field, out Utf8JsonReader value)
    {
        // Looked for from the start: the fields asked for (id, times, status) come early in Zendesk's records.
        var layout = Layout();
        foreach (var property in layout.Properties)
        {
            if (layout.NameEquals(property, field.Utf8))
            {
                value = new Utf8JsonReader(layout.RawValue(property));
                value.Read();
                return true;
            }
        }

        value = default;
        return false;
    }

    public JsonElement AsElement()
    {
        var reader = new Utf8JsonReader(Json);
        return JsonElement.ParseValue(ref reader);
    }
}
