using System.Runtime.InteropServices;
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

    public static string String(JsonElement value)
    {
        var text = value.GetString()!;
        return text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text;
    }

    /// <summary>Stores a JSON string's text; one without escapes is copied straight from the input's bytes.</summary>
    public static void StoreString(TextBuffer buffer, int row, JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var inner = raw[1..^1];
        if (inner.IndexOf((byte)'\\') < 0)
        {
            buffer.Set(row, inner);
        }
        else
        {
            buffer.Set(row, String(value));
        }
    }

    /// <summary>Stores a value as JSON text, exactly as it arrived but for escaped NULs.</summary>
    public static void StoreRaw(TextBuffer buffer, int row, JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.IndexOf("\\u0000"u8) < 0)
        {
            buffer.Set(row, raw);
        }
        else
        {
            buffer.Set(row, WithoutEscapedNuls(Encoding.UTF8.GetString(raw)));
        }
    }

    /// <summary>Stores a scalar as text: strings as they are, numbers as written, booleans as true/false, the rest as JSON.</summary>
    public static void StoreScalar(TextBuffer buffer, int row, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                StoreString(buffer, row, value);
                break;
            case JsonValueKind.True:
                buffer.Set(row, "true"u8);
                break;
            case JsonValueKind.False:
                buffer.Set(row, "false"u8);
                break;
            default:
                StoreRaw(buffer, row, value);
                break;
        }
    }

    /// <summary>A value for an error message: short, and typed so that "1" and 1 are told apart.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "\"" + Shorten(value.GetString()!) + "\"",
        JsonValueKind.Number => Shorten(value.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => ValueReader.IsIntegral(value) ? "an integer" : "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
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
