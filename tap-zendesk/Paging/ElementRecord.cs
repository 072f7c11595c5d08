using System.Runtime.InteropServices;
using System.Text.Json;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>A record that is an element of a parsed document (lists, time exports, children).</summary>
internal readonly struct ElementRecord(JsonElement element) : IRecord
{
    public JsonElement AsElement() => element;

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

    public void WriteTo(Utf8JsonWriter writer, FieldFilter filter, RecordExtra[]? extras) => RecordWriter.Write(writer, element, filter, extras);
}
