using System.Runtime.InteropServices;
using System.Text.Json;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Copies a record from Zendesk's answer to the output writer, leaving out excluded properties and
/// adding the tap's own, without building an intermediate document. Values are copied as the raw
/// JSON Zendesk sent (already valid, so neither unescaped nor escaped again).
/// </summary>
internal static class RecordWriter
{
    public static void Write(Utf8JsonWriter writer, JsonElement record, FieldFilter filter, RecordExtra[]? extras)
    {
        if (record.ValueKind != JsonValueKind.Object || (filter.IsEmpty && extras is null))
        {
            writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(record), skipInputValidation: true);
            return;
        }

        writer.WriteStartObject();
        foreach (var property in record.EnumerateObject())
        {
            if (extras is not null && IsReplaced(property, extras))
            {
                continue;
            }

            if (!filter.IsEmpty && filter.Match(property, out var nested))
            {
                if (nested is not null)
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, nested, null);
                }

                continue;
            }

            var name = JsonMarshal.GetRawUtf8PropertyName(property);
            if (name.IndexOf((byte)'\\') >= 0)
            {
                // An escaped name must be unescaped before it is written as a name.
                property.WriteTo(writer);
                continue;
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(property.Value), skipInputValidation: true);
        }

        if (extras is not null)
        {
            foreach (var extra in extras)
            {
                if (!filter.Excludes(extra.Name))
                {
                    extra.WriteTo(writer);
                }
            }
        }

        writer.WriteEndObject();
    }

    private static bool IsReplaced(JsonProperty property, RecordExtra[] extras)
    {
        foreach (var extra in extras)
        {
            if (property.NameEquals(extra.Name))
            {
                return true;
            }
        }

        return false;
    }
}
