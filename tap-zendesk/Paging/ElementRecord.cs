using System.Buffers;
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
    public RecordLayout Layout(ref RawProperty[]? rented)
    {
        var json = Json;
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
