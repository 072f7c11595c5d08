using System.Globalization;
using System.Text;

namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>Cuts an expression into tokens: numbers, quoted strings, names and operators.</summary>
internal static class Tokenizer
{
    private static readonly string[] Operators =
        ["==", "!=", "<=", ">=", "//", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", ".", ":"];

    public static List<Token> Read(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Name, text[start..i], start + 1));
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                    ?? throw new MapSyntaxException($"unexpected character '{c}'", i + 1);
                tokens.Add(new Token(TokenKind.Operator, op, i + 1));
                i += op.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", text.Length + 1));
        return tokens;
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        var isFloat = false;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            isFloat |= text[i] == '.';
            i++;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            isFloat = true;
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        var literal = text[start..i];
        if (!isFloat && long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
        {
            return new Token(TokenKind.Number, literal, start + 1, whole);
        }

        if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new Token(TokenKind.Number, literal, start + 1, number);
        }

        throw new MapSyntaxException($"invalid number \"{literal}\"", start + 1);
    }

    private static Token ReadString(string text, ref int i)
    {
        var start = i;
        var quote = text[i++];
        var content = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new MapSyntaxException("unterminated string", start + 1);
            }

            var c = text[i++];
            if (c == quote)
            {
                return new Token(TokenKind.String, content.ToString(), start + 1);
            }

            if (c != '\\')
            {
                content.Append(c);
                continue;
            }

            if (i >= text.Length)
            {
                throw new MapSyntaxException("unterminated string", start + 1);
            }

            var escaped = text[i++];
            switch (escaped)
            {
                case 'n': content.Append('\n'); break;
                case 't': content.Append('\t'); break;
                case 'r': content.Append('\r'); break;
                case '0': content.Append('\0'); break;
                case '\\' or '\'' or '"': content.Append(escaped); break;
                case 'u' when i + 4 <= text.Length && int.TryParse(text.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    content.Append((char)code);
                    i += 4;
                    break;
                default:
                    // As Python: an unknown escape keeps its backslash.
                    content.Append('\\').Append(escaped);
                    break;
            }
        }
    }
}
