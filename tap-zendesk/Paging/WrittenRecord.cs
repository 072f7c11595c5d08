using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// A record the tap composes itself (a row of field or tag history) as the UTF-8 bytes it wrote:
/// handed on as written, without a document parsed from them.
/// </summary>
internal readonly struct WrittenRecord(ReadOnlyMemory<byte> json) : IRecord
{
    public ReadOnlySpan<byte> Json => json.Span;

    public bool IsObject => true;

    public RecordLayout Layout(ref RawProperty[]? rented) => RecordLayout.Read(Json, ref rented);

    public bool TryRead(RecordField field, out Utf8JsonReader value)
    {
        var reader = new Utf8JsonReader(Json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(field.Utf8);
            reader.Read();
            if (found)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                value = new Utf8JsonReader(Json[start..(int)reader.BytesConsumed]);
                value.Read();
                return true;
            }

            reader.Skip();
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
