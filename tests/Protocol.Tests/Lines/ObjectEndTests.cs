using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Protocol.Tests.Lines;

public sealed class ObjectEndTests
{
    private const int MaxDepth = 63;

    public static TheoryData<string> Finders => new() { "search", "blocks" };

    [Theory]
    [MemberData(nameof(Finders))]
    public void Finds_where_a_json_reader_ends_the_object_for_thousands_of_generated_objects(string finder)
    {
        var random = new Random(20261206);
        for (var trial = 0; trial < 3000; trial++)
        {
            var prefix = new string(' ', random.Next(0, 70));
            var json = Encoding.UTF8.GetBytes(prefix + GeneratedObject(random, depth: 0) + """, "after": {"x": "}"}}""");

            var found = Find(finder, json, prefix.Length, MaxDepth);

            found.ShouldBe(ReaderEnd(json, prefix.Length), $"trial {trial}: {Encoding.UTF8.GetString(json)}");
        }
    }

    [Theory]
    [MemberData(nameof(Finders))]
    public void Tells_escaped_from_closing_quotes_for_every_run_of_backslashes_at_every_place_in_a_block(string finder)
    {
        for (var run = 0; run <= 70; run++)
        {
            for (var offset = 0; offset < 64; offset++)
            {
                // An even run escapes only backslashes, so the quote after it closes the string; an
                // odd run escapes the quote, and the string goes on to the next one.
                var text = new string('a', offset) + new string('\\', run) + (run % 2 == 0 ? "\"" : "\"]\"");
                var json = Encoding.UTF8.GetBytes("{\"k\":\"" + text + ",\"n\":[1,{}]}tail");

                var found = Find(finder, json, 0, MaxDepth);

                found.ShouldBe(ReaderEnd(json, 0), $"run {run}, offset {offset}");
            }
        }
    }

    [Theory]
    [InlineData("search", """{"a":[1,2""")]
    [InlineData("blocks", """{"a":[1,2""")]
    [InlineData("search", """{"a":"never closed}]""")]
    [InlineData("blocks", """{"a":"never closed}]""")]
    [InlineData("search", """{"a":"ends on a backslash\""")]
    [InlineData("blocks", """{"a":"ends on a backslash\""")]
    public void Finds_no_end_when_the_object_never_closes(string finder, string json) =>
        Find(finder, Encoding.UTF8.GetBytes(json), 0, MaxDepth).ShouldBe(-1);

    [Theory]
    [MemberData(nameof(Finders))]
    public void Finds_no_end_for_an_object_nested_deeper_than_allowed_and_the_end_of_one_nested_as_deep(string finder)
    {
        foreach (var padding in new[] { 0, 5, 40 })
        {
            var spaces = new string(' ', padding);
            var allowed = Encoding.UTF8.GetBytes(Nested(MaxDepth, spaces));
            var deeper = Encoding.UTF8.GetBytes(Nested(MaxDepth + 1, spaces));

            Find(finder, allowed, 0, MaxDepth).ShouldBe(allowed.Length);
            Find(finder, deeper, 0, MaxDepth).ShouldBe(-1);
        }
    }

    private static int Find(string finder, ReadOnlySpan<byte> json, int start, int maxDepth) => finder switch
    {
        "search" => ObjectEnd.FindBySearch(json, start, maxDepth),
        _ => ObjectEndBlocks.Find(json, start, maxDepth),
    };

    private static int ReaderEnd(byte[] json, int start)
    {
        var reader = new Utf8JsonReader(json.AsSpan(start), new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        reader.Read();
        reader.Skip();
        return start + (int)reader.BytesConsumed;
    }

    private static string Nested(int depth, string spaces) =>
        string.Concat(Enumerable.Repeat("{" + spaces + "\"k\":" + spaces, depth - 1)) + "{}" + string.Concat(Enumerable.Repeat(spaces + "}", depth - 1));

    private static string GeneratedObject(Random random, int depth)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteObject(writer, random, depth);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter writer, Random random, int depth)
    {
        writer.WriteStartObject();
        for (var count = random.Next(0, 8); count > 0; count--)
        {
            writer.WritePropertyName(GeneratedText(random));
            WriteValue(writer, random, depth + 1);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, Random random, int depth)
    {
        switch (depth > 6 ? random.Next(0, 3) : random.Next(0, 5))
        {
            case 0:
                writer.WriteStringValue(GeneratedText(random));
                break;
            case 1:
                writer.WriteNumberValue(random.Next(-1000, 1000));
                break;
            case 2:
                writer.WriteNullValue();
                break;
            case 3:
                writer.WriteStartArray();
                for (var count = random.Next(0, 5); count > 0; count--)
                {
                    WriteValue(writer, random, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteObject(writer, random, depth);
                break;
        }
    }

    /// <summary>Text heavy in the bytes that matter: quotes, backslashes and brackets, written escaped.</summary>
    private static string GeneratedText(Random random)
    {
        const string alphabet = "ab\"\\{}[]:, é";
        var length = random.Next(0, 90);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
