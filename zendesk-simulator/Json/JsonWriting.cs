using System.Text.Json;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Json;

/// <summary>Small helpers for Zendesk's recurring JSON shapes.</summary>
internal static class JsonWriting
{
    private static readonly byte[] NullDuration = "{\"calendar\":null,\"business\":null}"u8.ToArray();

    public static void Iso(this Utf8JsonWriter writer, string name, long seconds)
    {
        Span<byte> text = stackalloc byte[Epoch.IsoLength];
        writer.WriteString(name, text[..Epoch.FormatIso(seconds, text)]);
    }

    public static void Iso(this Utf8JsonWriter writer, JsonEncodedText name, long seconds)
    {
        Span<byte> text = stackalloc byte[Epoch.IsoLength];
        writer.WriteString(name, text[..Epoch.FormatIso(seconds, text)]);
    }

    public static void IsoOrNull(this Utf8JsonWriter writer, string name, long? seconds)
    {
        if (seconds is { } value)
        {
            writer.Iso(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void IsoOrNull(this Utf8JsonWriter writer, JsonEncodedText name, long? seconds)
    {
        if (seconds is { } value)
        {
            writer.Iso(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void NumberOrNull(this Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void EmptyArray(this Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WriteStartArray(name);
        writer.WriteEndArray();
    }

    public static void NumberOrNull(this Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void StringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void StringOrNull(this Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void Strings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void Numbers(this Utf8JsonWriter writer, string name, IEnumerable<long> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a field value: string, integer, decimal, boolean, string list or null.</summary>
    public static void Value(this Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                throw new ArgumentException($"A field value of type {value.GetType().Name} cannot be written.", nameof(value));
        }
    }

    public static void Value(this Utf8JsonWriter writer, string name, object? value)
    {
        writer.WritePropertyName(name);
        writer.Value(value);
    }

    public static void Duration(this Utf8JsonWriter writer, string name, long? minutes) => writer.Duration(JsonText.Encode(name), minutes);

    /// <summary>
    /// A duration in minutes, in calendar time and (a fixed share of it) business time. Metric sets
    /// carry six of these, so the object is composed as one raw value of two numbers.
    /// </summary>
    public static void Duration(this Utf8JsonWriter writer, JsonEncodedText name, long? minutes)
    {
        writer.WritePropertyName(name);
        if (minutes is not { } calendar)
        {
            writer.WriteRawValue(NullDuration, skipInputValidation: true);
            return;
        }

        var text = new Utf8Buffer(stackalloc byte[64]);
        text.Append("{\"calendar\":"u8);
        text.AppendNumber(calendar);
        text.Append(",\"business\":"u8);
        text.AppendNumber(calendar * 3 / 5);
        text.AppendByte((byte)'}');
        writer.WriteRawValue(text.Written, skipInputValidation: true);
    }
}
