using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Text taken from JSON values. NUL characters are removed from every string, plain or inside JSON
/// (PostgreSQL's text and jsonb refuse them; DuckDB gets the same data so both engines agree).
/// </summary>
internal static class JsonText
{
    private const int ShortLength = 60;

    /// <summary>
    /// Stores the string the reader is on; one without escapes is copied straight from the input's
    /// bytes. False when it is not valid Unicode text, which neither engine can store.
    /// </summary>
    public static bool TryStoreString(TextBuffer buffer, int row, ref Utf8JsonReader reader)
    {
        // JSON cannot hold a raw NUL, so only an escaped string can bring one.
        if (!reader.ValueIsEscaped)
        {
            if (!Utf8.IsValid(reader.ValueSpan))
            {
                return false;
            }

            buffer.Set(row, reader.ValueSpan);
            return true;
        }

        if (!UnicodeText.TryGetString(ref reader, out var text))
        {
            return false;
        }

        buffer.Set(row, text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text);
        return true;
    }

    /// <summary>Stores a value as JSON text, exactly as it arrived but for escaped NULs; false when it is not valid Unicode text.</summary>
    public static bool TryStoreRaw(TextBuffer buffer, int row, ReadOnlySpan<byte> raw)
    {
        if (!UnicodeText.IsValidJson(raw))
        {
            return false;
        }

        if (raw.IndexOf("\\u0000"u8) < 0)
        {
            buffer.Set(row, raw);
        }
        else
        {
            buffer.Set(row, WithoutEscapedNuls(Encoding.UTF8.GetString(raw)));
        }

        return true;
    }

    /// <summary>Stores a scalar as text: strings as they are, numbers as written, booleans as true/false.</summary>
    public static bool TryStoreScalar(TextBuffer buffer, int row, ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return TryStoreString(buffer, row, ref reader);
            case JsonTokenType.True:
                buffer.Set(row, "true"u8);
                return true;
            case JsonTokenType.False:
                buffer.Set(row, "false"u8);
                return true;
            default:
                buffer.Set(row, reader.ValueSpan);
                return true;
        }
    }

    /// <summary>The property name the reader is on, for an error message, whether or not it is valid Unicode.</summary>
    public static string PropertyName(ref Utf8JsonReader reader) =>
        UnicodeText.TryGetString(ref reader, out var name) ? name : Encoding.UTF8.GetString(reader.ValueSpan);

    /// <summary>The value the reader is on, for an error message: short, and typed so that "1" and 1 are told apart.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "\"" + Shorten(UnicodeText.TryGetString(ref reader, out var text) ? text : Encoding.UTF8.GetString(reader.ValueSpan)) + "\"",
        JsonTokenType.Number => Shorten(Encoding.UTF8.GetString(reader.ValueSpan)),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "null",
    };

    public static string Kind(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => ValueReader.IsIntegral(ref reader) ? "an integer" : "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= ShortLength ? text : text[..ShortLength] + "…";

    private static string WithoutEscapedNuls(string json)
    {
        var result = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c != '\\' || i + 1 >= json.Length)
            {
                result.Append(c);
                continue;
            }

            if (json[i + 1] == 'u' && string.CompareOrdinal(json, i + 2, "0000", 0, 4) == 0)
            {
                i += 5;
                continue;
            }

            result.Append(c).Append(json[i + 1]);
            i++;
        }

        return result.ToString();
    }
}
