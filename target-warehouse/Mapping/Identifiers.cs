using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Turns stream and property names into table and column names: snake_case, letters, digits and
/// underscores only, never starting with a digit, and within the engine's length limit (a stable
/// hash of the original name replaces what is cut). Names are always quoted in SQL besides.
/// </summary>
internal static class Identifiers
{
    private const int HashLength = 8;

    public static string Conform(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && StartsWord(name, i))
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c) || c == '_')
            {
                text.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLetterOrDigit(name, i))
            {
                text.Append(c).Append(name[++i]);
            }
            else
            {
                // A character outside the basic plane (an emoji) is one character: one underscore.
                if (char.IsHighSurrogate(c) && i + 1 < name.Length)
                {
                    i++;
                }

                text.Append('_');
            }
        }

        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        return text.ToString();
    }

    /// <summary>Cuts a name to <paramref name="maxBytes"/> UTF-8 bytes, ending it with a hash of <paramref name="original"/>.</summary>
    public static string Limit(string name, string original, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes)
        {
            return name;
        }

        var suffix = "_" + Hash(original);
        var budget = maxBytes - suffix.Length;
        var cut = new StringBuilder();
        var used = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(name);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var bytes = Encoding.UTF8.GetByteCount(element);
            if (used + bytes > budget)
            {
                break;
            }

            cut.Append(element);
            used += bytes;
        }

        return cut.Append(suffix).ToString();
    }

    /// <summary>A short, stable hash: the same original name always gives the same suffix.</summary>
    public static string Hash(string original)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(original));
        return Convert.ToHexStringLower(digest)[..HashLength];
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool StartsWord(string name, int i)
    {
        var previous = name[i - 1];
        if (char.IsLower(previous) || char.IsDigit(previous))
        {
            return true;
        }

        // The last capital of an acronym starts the next word: "HTTPServer" → "http_server".
        return char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]);
    }
}
