using System.Text;
using System.Text.Json;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Text taken from JSON values. NUL characters are removed from every string, plain or inside JSON
/// (PostgreSQL's text and jsonb refuse them; DuckDB gets the same data so both engines agree).
/// </summary>
internal static class JsonText
{
    private const int ShortLength = 60;

    /// <summary>Stores the string the reader is on; one without escapes is copied straight from the input's bytes.</summary>
    public static void StoreString(TextBuffer buffer, int row, ref Utf8JsonReader reader)
    {
        // JSON cannot hold a raw NUL, so only an escaped string can bring one.
        if (!reader.ValueIsEscaped)
        {
            buffer.Set(row, reader.ValueSpan);
            return;
        }

        var text = reader.GetString()!;
        buffer.Set(row, text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text);
    }

    /// <summary>Stores a value as JSON text, exactly as it arrived but for escaped NULs.</summary>
    public static void StoreRaw(TextBuffer buffer, int row, ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf("\\u0000"u8) < 0)
        {
            buffer.Set(row, raw);
        }
        else
        {
            buffer.Set(row, WithoutEscapedNuls(Encoding.UTF8.GetString(raw)));
        }
    }

    /// <summary>Stores a scalar as text: strings as they are, numbers as written, booleans as true/false.</summary>
    public static void StoreScalar(TextBuffer buffer, int row, ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                StoreString(buffer, row, ref reader);
                break;
            case JsonTokenType.True:
                buffer.Set(row, "true"u8);
                break;
            case JsonTokenType.False:
                buffer.Set(row, "false"u8);
                break;
            default:
                buffer.Set(row, reader.ValueSpan);
                break;
        }
    }

    /// <summary>The value the reader is on, for an error message: short, and typed so that "1" and 1 are told apart.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "\"" + Shorten(reader.GetString()!) + "\"",
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
