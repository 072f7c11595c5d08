using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Text neither engine can store: invalid UTF-8 (JSON readers pass it through) and escaped halves of
/// surrogate pairs on their own (valid JSON syntax, but no valid string).
/// </summary>
internal static class UnicodeText
{
    /// <summary>What a value that cannot be stored as text is told.</summary>
    public const string Problem = "is not valid Unicode text (it holds invalid UTF-8 or a lone surrogate escape)";

    /// <summary>Whether JSON text, as sent, is valid Unicode once unescaped.</summary>
    public static bool IsValidJson(ReadOnlySpan<byte> json) => Utf8.IsValid(json) && !HasLoneSurrogate(json);

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
}
