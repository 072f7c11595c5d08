using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Where one property of a record lies in the bytes it was read from: its name as sent (still escaped
/// when <paramref name="NameEscaped"/>) and its value as raw JSON (a string with its quotes).
/// </summary>
internal readonly record struct RawProperty(int NameStart, int NameLength, bool NameEscaped, int ValueStart, int ValueLength, JsonTokenType Kind)
{
    /// <summary>Where the name the reader is on lies.</summary>
    public static (int Start, int Length, bool Escaped) NameOf(ref Utf8JsonReader reader) =>
        ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);

    /// <summary>The property whose value the reader is on, named as <see cref="NameOf"/> found; the reader is left after the value.</summary>
    public static RawProperty ValueOf(ref Utf8JsonReader reader, (int Start, int Length, bool Escaped) name)
    {
        var start = (int)reader.TokenStartIndex;
        var kind = reader.TokenType;
        reader.Skip();
        return new RawProperty(name.Start, name.Length, name.Escaped, start, (int)reader.BytesConsumed - start, kind);
    }
}
