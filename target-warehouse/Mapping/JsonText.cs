using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
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

    /// <summary>What a value that cannot be stored as text is told.</summary>
    public const string NotUnicode = "is not valid Unicode text (it holds invalid UTF-8 or a lone surrogate escape)";

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

        if (!TryGetString(ref reader, out var text))
        {
            return false;
        }

        buffer.Set(row, text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text);
        return true;
    }

    /// <summary>Stores a value as JSON text, exactly as it arrived but for escaped NULs; false when it is not valid Unicode text.</summary>
    public static bool TryStoreRaw(TextBuffer buffer, int row, ReadOnlySpan<byte> raw)
    {
        if (!Utf8.IsValid(raw) || HasLoneSurrogate(raw))
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

    /// <summary>The string the reader is on, unless it is not valid Unicode text.</summary>
    public static bool TryGetString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // The reader refuses to decode invalid UTF-8 and lone surrogate escapes.
            text = null;
            return false;
        }
    }

    /// <summary>The property name the reader is on, for an error message, whether or not it is valid Unicode.</summary>
    public static string PropertyName(ref Utf8JsonReader reader) =>
        TryGetString(ref reader, out var name) ? name : Encoding.UTF8.GetString(reader.ValueSpan);

    /// <summary>The value the reader is on, for an error message: short, and typed so that "1" and 1 are told apart.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "\"" + Shorten(TryGetString(ref reader, out var text) ? text : Encoding.UTF8.GetString(reader.ValueSpan)) + "\"",
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

    /// <summary>
    /// Whether JSON text escapes half of a surrogate pair alone (\ud800 not followed by a low half,
    /// or a low half on its own): such text decodes to no valid string, and PostgreSQL's jsonb
    /// refuses it. The reader has already checked the escapes' syntax.
    /// </summary>
    private static bool HasLoneSurrogate(ReadOnlySpan<byte> json)
    {
        var expectLow = false;
        var i = 0;
        while (true)
        {
            if (!expectLow)
            {
                var next = json[i..].IndexOf((byte)'\\');
                if (next < 0)
                {
                    return false;
                }

                i += next;
            }
            else if (i >= json.Length || json[i] != (byte)'\\')
            {
                return true;
            }

            if (json[i + 1] != (byte)'u')
            {
                if (expectLow)
                {
                    return true;
                }

                i += 2;
                continue;
            }

            var unit = int.Parse(json.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (isLow != expectLow)
            {
                return true;
            }

            expectLow = !isLow && unit is >= 0xD800 and <= 0xDBFF;
            i += 6;
        }
    }

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
