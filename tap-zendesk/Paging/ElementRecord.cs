using System.Runtime.InteropServices;
using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>A record that is an element of a parsed document (lists, time exports, children).</summary>
internal readonly struct ElementRecord(JsonElement element) : IRecord
{
    public ReadOnlySpan<byte> Json => JsonMarshal.GetRawUtf8Value(element);

    public bool IsObject => element.ValueKind == JsonValueKind.Object;

    public JsonElement AsElement() => element;

    /// <summary>A document keeps no positions of its properties, so they are found with one pass over the record's bytes.</summary>
    public RecordLayout Layout(ref RawProperty[]? rented) => RecordLayout.Read(Json, ref rented);

    public bool TryRead(RecordField field, out Utf8JsonReader value)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(field.Utf8, out var property))
        {
            value = default;
            return false;
        }

        value = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(property));
        value.Read();
        return true;
    }
}
