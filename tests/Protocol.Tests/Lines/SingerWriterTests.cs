using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Tests.Lines;

public sealed class SingerWriterTests
{
    [Fact]
    public void Writes_one_compact_object_per_line()
    {
        var output = Write(w =>
        {
            w.WriteSchema("users", JsonNode.Parse("""{"type": "object", "properties": {"id": {"type": "integer"}}}""")!, ["id"], ["updated_at"]);
            w.WriteRecord("users", Parse("""{ "id" : 1 }"""));
            w.WriteState(JsonNode.Parse("""{"bookmarks": {}}""")!);
        });

        output.ShouldBe(
            """{"type":"SCHEMA","stream":"users","schema":{"type":"object","properties":{"id":{"type":"integer"}}},"key_properties":["id"],"bookmark_properties":["updated_at"]}""" + "\n" +
            """{"type":"RECORD","stream":"users","record":{"id":1}}""" + "\n" +
            """{"type":"STATE","value":{"bookmarks":{}}}""" + "\n");
    }

    [Fact]
    public void Keeps_unicode_readable_and_escapes_control_characters()
    {
        var output = Write(w => w.WriteRecord("s", Parse("""{"name":"Zoë 日本","text":"a\"b\nc\u0001"}""")));

        output.ShouldBe("""{"type":"RECORD","stream":"s","record":{"name":"Zoë 日本","text":"a\"b\nc\u0001"}}""" + "\n");
    }

    [Fact]
    public void Writes_each_records_stream_name_as_the_other_messages_do_when_streams_alternate()
    {
        var output = Write(w =>
        {
            w.WriteRecord("bücher", Parse("{}"));
            w.WriteRecord("bücher", Parse("{}"));
            w.WriteRecord("a\"b", Parse("{}"));
            w.WriteActivateVersion("a\"b", 1);
            w.WriteRecord("bücher", Parse("{}"));
        });

        output.ShouldBe(
            """{"type":"RECORD","stream":"bücher","record":{}}""" + "\n" +
            """{"type":"RECORD","stream":"bücher","record":{}}""" + "\n" +
            """{"type":"RECORD","stream":"a\"b","record":{}}""" + "\n" +
            """{"type":"ACTIVATE_VERSION","stream":"a\"b","version":1}""" + "\n" +
            """{"type":"RECORD","stream":"bücher","record":{}}""" + "\n");
    }

    [Fact]
    public void Writes_time_extracted_in_utc_with_microseconds_and_the_version()
    {
        var output = Write(w => w.WriteRecord("s", Parse("{}"), new DateTimeOffset(2024, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)), 9));

        output.ShouldBe("""{"type":"RECORD","stream":"s","record":{},"version":9,"time_extracted":"2024-01-02T03:04:05.000000Z"}""" + "\n");
    }

    [Fact]
    public void Writes_a_record_body_through_a_callback()
    {
        var output = Write(w => w.WriteRecord("s", 48557297720084L, static (json, id) =>
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteEndObject();
        }));

        output.ShouldBe("""{"type":"RECORD","stream":"s","record":{"id":48557297720084}}""" + "\n");
    }

    [Fact]
    public void Keeps_a_record_copied_raw_from_a_pretty_printed_answer_on_one_line()
    {
        var pretty = Encoding.UTF8.GetBytes("{\r\n  \"id\": 1,\n  \"text\": \"a\\nb\"\n}");

        var output = Write(w => w.WriteRecord("s", pretty, static (json, raw) => json.WriteRawValue(raw, skipInputValidation: true)));

        output.ShouldBe("{\"type\":\"RECORD\",\"stream\":\"s\",\"record\":{    \"id\": 1,   \"text\": \"a\\nb\" }}\n");
        JsonNode.Parse(output)!["record"]!["text"]!.GetValue<string>().ShouldBe("a\nb");
    }

    [Fact]
    public void Writes_activate_version()
    {
        Write(w => w.WriteActivateVersion("tags", 1700000000000))
            .ShouldBe("""{"type":"ACTIVATE_VERSION","stream":"tags","version":1700000000000}""" + "\n");
    }

    [Fact]
    public void Writes_a_batch_with_its_encoding_and_manifest()
    {
        Write(w => w.WriteBatch("users", new BatchEncoding("jsonl", "gzip"), ["file:///tmp/users-1.json.gz"]))
            .ShouldBe("""{"type":"BATCH","stream":"users","encoding":{"format":"jsonl","compression":"gzip"},"manifest":["file:///tmp/users-1.json.gz"]}""" + "\n");
    }

    [Fact]
    public void Writes_the_table_version_of_a_batch()
    {
        Write(w => w.WriteBatch("tags", new BatchEncoding("jsonl", "none"), [], 7))
            .ShouldBe("""{"type":"BATCH","stream":"tags","encoding":{"format":"jsonl","compression":"none"},"manifest":[],"version":7}""" + "\n");
    }

    [Fact]
    public void Flushes_everything_written_before_a_state()
    {
        var sink = new MemoryStream();
        var writer = new SingerWriter(sink);
        writer.WriteRecord("s", Parse("""{"id":1}"""));
        sink.Length.ShouldBe(0);

        writer.WriteState(JsonNode.Parse("{}")!);

        Encoding.UTF8.GetString(sink.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Keeps_messages_whole_when_streams_write_concurrently()
    {
        var sink = new MemoryStream();
        using (var writer = new SingerWriter(sink))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(stream => Task.Run(() =>
            {
                for (var i = 0; i < 2_000; i++)
                {
                    writer.WriteRecord($"s{stream}", (stream, i), static (json, s) =>
                    {
                        json.WriteStartObject();
                        json.WriteNumber("stream", s.stream);
                        json.WriteNumber("i", s.i);
                        json.WriteString("pad", new string('p', 100));
                        json.WriteEndObject();
                    });
                }
            })));
        }

        var lines = Encoding.UTF8.GetString(sink.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(16_000);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            document.RootElement.GetProperty("type").GetString().ShouldBe(MessageTypes.Record);
        }
    }

    [Fact]
    public async Task Writes_what_the_reader_reads_back()
    {
        var sink = new MemoryStream();
        using (var writer = new SingerWriter(sink))
        {
            writer.WriteRecord("tickets", Parse("""{"id":9007199254740993,"subject":"Ünïcødé \u0001"}"""));
        }

        var read = new List<string>();
        await foreach (var message in new SingerReader(new MemoryStream(sink.ToArray())).ReadAllAsync(CancellationToken.None))
        {
            var record = message.ShouldBeOfType<RecordMessage>().Record;
            read.Add($"{record.GetProperty("id").GetInt64()} {record.GetProperty("subject").GetString()}");
        }

        read.ShouldBe(["9007199254740993 Ünïcødé \u0001"]);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static string Write(Action<SingerWriter> write)
    {
        var sink = new MemoryStream();
        using (var writer = new SingerWriter(sink))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(sink.ToArray());
    }
}
