using System.Text.Json;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Json;

/// <summary>Small helpers for Zendesk's recurring JSON shapes.</summary>
internal static class JsonWriting
{
    public static void Iso(this Utf8JsonWriter writer, string name, long seconds) => writer.WriteString(name, Epoch.Iso(seconds));

    public static void IsoOrNull(this Utf8JsonWriter writer, string name, long? seconds)
    {
        if (seconds is { } value)
        {
            writer.WriteString(name, Epoch.Iso(value));
        }
        else
        {
            writer.WriteNull(name);
        }
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

    /// <summary>A via object: channel and source, as on tickets, audits and comments.</summary>
    public static void Via(this Utf8JsonWriter writer, string channel, string? fromAddress = null, string? fromName = null, string? toAddress = null)
    {
        writer.WriteStartObject("via");
        writer.WriteString("channel", channel);
        writer.WriteStartObject("source");
        writer.WriteStartObject("from");
        if (fromAddress is not null)
        {
            writer.WriteString("address", fromAddress);
            writer.WriteString("name", fromName);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("to");
        if (toAddress is not null)
        {
            writer.WriteString("name", "Simulator Support");
            writer.WriteString("address", toAddress);
        }

        writer.WriteEndObject();
        writer.WriteNull("rel");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void Duration(this Utf8JsonWriter writer, string name, long? minutes)
    {
        writer.WriteStartObject(name);
        if (minutes is { } calendar)
        {
            writer.WriteNumber("calendar", calendar);
            writer.WriteNumber("business", calendar * 3 / 5);
        }
        else
        {
            writer.WriteNull("calendar");
            writer.WriteNull("business");
        }

        writer.WriteEndObject();
    }
}
