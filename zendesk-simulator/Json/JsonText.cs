using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zendesk.Simulator.Json;

/// <summary>
/// The escaping every response uses, and text encoded for it ahead of time: fixed values written
/// as <see cref="JsonEncodedText"/> skip the writer's escaping work and allocate nothing.
/// </summary>
internal static class JsonText
{
    /// <summary>Zendesk leaves non-ASCII text unescaped; pre-encoded text must escape exactly as the writer would.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder };

    public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Encoder);

    public static JsonEncodedText[] Encode(IReadOnlyList<string> texts)
    {
        var encoded = new JsonEncodedText[texts.Count];
        for (var i = 0; i < encoded.Length; i++)
        {
            encoded[i] = Encode(texts[i]);
        }

        return encoded;
    }

    /// <summary>
    /// The UTF-8 JSON of a value that never changes (or of a value and the properties that follow
    /// it, <c>[],"b":null</c>), rendered once: written with <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>
    /// after its property name, it is one copy instead of a call per token.
    /// </summary>
    public static byte[] Fragment(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("_");
            write(writer);
            writer.WriteEndObject();
        }

        // Drop the wrapping {"_": and }.
        return buffer.WrittenSpan[5..^1].ToArray();
    }

    /// <summary>Every "left separator right" pair of two word lists, indexed [left * rights + right].</summary>
    public static JsonEncodedText[] Pairs(IReadOnlyList<string> lefts, string separator, IReadOnlyList<string> rights)
    {
        var encoded = new JsonEncodedText[lefts.Count * rights.Count];
        for (var l = 0; l < lefts.Count; l++)
        {
            for (var r = 0; r < rights.Count; r++)
            {
                encoded[(l * rights.Count) + r] = Encode(lefts[l] + separator + rights[r]);
            }
        }

        return encoded;
    }
}
