using System.Text;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Tests.Lines;

public sealed class SingerReaderTests
{
    [Fact]
    public async Task Reads_a_record_whose_type_key_is_not_first()
    {
        var messages = await ReadAsync("""{"record":{"id":1},"stream":"users","type":"RECORD"}""");

        var record = messages.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>();
        record.Stream.ShouldBe("users");
        record.Json.ShouldBe("""{"id":1}""");
        record.LineNumber.ShouldBe(1);
    }

    [Fact]
    public async Task Keeps_64_bit_ids_exact()
    {
        var messages = await ReadAsync("""{"type":"RECORD","stream":"tickets","record":{"id":9223372036854775807,"org":48557297720084}}""");

        var record = messages.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>();
        record.Ids.ShouldBe([9223372036854775807L, 48557297720084L]);
    }

    [Fact]
    public async Task Decodes_unicode_and_escaped_strings()
    {
        var messages = await ReadAsync("""{"type":"RECORD","stream":"s","record":{"name":"Zoë \u00e9 日本 \"quoted\" \\ tab\t 🎉"}}""");

        var record = messages.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>();
        record.Name.ShouldBe("Zoë é 日本 \"quoted\" \\ tab\t 🎉");
    }

    [Fact]
    public async Task Reads_nested_objects_and_arrays()
    {
        var messages = await ReadAsync("""{"type":"RECORD","stream":"s","record":{"via":{"source":{"from":{"address":"a@b.c"}}},"tags":["x","y"]}}""");

        var record = messages.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>();
        record.Json.ShouldContain("\"from\":{\"address\":\"a@b.c\"}");
        record.Json.ShouldContain("\"tags\":[\"x\",\"y\"]");
    }

    [Fact]
    public async Task Reads_a_line_of_several_megabytes_whole()
    {
        var big = new string('x', 6 * 1024 * 1024);
        var line = "{\"type\":\"RECORD\",\"stream\":\"s\",\"record\":{\"name\":\"" + big + "\"}}";
        var messages = await ReadAsync(line + "\n" + """{"type":"STATE","value":{"n":1}}""");

        messages.Count.ShouldBe(2);
        messages[0].ShouldBeOfType<RecordSnapshot>().Name!.Length.ShouldBe(big.Length);
        messages[1].LineNumber.ShouldBe(2);
    }

    [Fact]
    public async Task Skips_blank_lines_and_counts_them_in_line_numbers()
    {
        var messages = await ReadAsync("\n   \n{\"type\":\"STATE\",\"value\":{}}\n\n");

        messages.ShouldHaveSingleItem().LineNumber.ShouldBe(3);
    }

    [Fact]
    public async Task Accepts_crlf_line_endings()
    {
        var messages = await ReadAsync("{\"type\":\"STATE\",\"value\":{\"a\":1}}\r\n{\"type\":\"STATE\",\"value\":{\"a\":2}}\r\n");

        messages.Select(m => m.LineNumber).ShouldBe([1L, 2L]);
    }

    [Fact]
    public async Task Reads_input_whose_first_line_starts_with_a_byte_order_mark()
    {
        var text = "\uFEFF{\"type\":\"STATE\",\"value\":{\"a\":1}}\n{\"type\":\"STATE\",\"value\":{\"a\":2}}\n";

        var messages = await ReadAsync(text);

        messages.Select(m => m.LineNumber).ShouldBe([1L, 2L]);
    }

    [Fact]
    public async Task Offers_a_first_record_after_a_byte_order_mark_to_the_receiver()
    {
        var receiver = new CollectingReceiver("s");
        var reader = new SingerReader(Stream("\uFEFF{\"type\":\"RECORD\",\"stream\":\"s\",\"record\":{\"id\":1}}\n"), rawRecords: true);

        await foreach (var message in reader.ReadAllAsync(CancellationToken.None))
        {
            receiver.Take(message.ShouldBeOfType<RawRecordMessage>());
        }

        receiver.Received.ShouldHaveSingleItem().Json.ShouldBe("""{"id":1}""");
    }

    [Fact]
    public async Task Reads_a_last_line_without_a_newline()
    {
        var messages = await ReadAsync("{\"type\":\"STATE\",\"value\":{}}\n{\"type\":\"ACTIVATE_VERSION\",\"stream\":\"tags\",\"version\":17}");

        messages.Count.ShouldBe(2);
        messages[1].ShouldBeOfType<ActivateSnapshot>().Version.ShouldBe(17);
    }

    [Fact]
    public async Task Reads_a_schema_with_its_keys_and_bookmark_properties()
    {
        var messages = await ReadAsync("""{"key_properties":["id"],"schema":{"type":"object","properties":{"id":{"type":"integer"}}},"type":"SCHEMA","stream":"groups","bookmark_properties":["updated_at"]}""");

        var schema = messages.ShouldHaveSingleItem().ShouldBeOfType<SchemaSnapshot>();
        schema.Stream.ShouldBe("groups");
        schema.Keys.ShouldBe(["id"]);
        schema.Bookmarks.ShouldBe(["updated_at"]);
    }

    [Fact]
    public async Task Reads_time_extracted_and_version_of_a_record()
    {
        var messages = await ReadAsync("""{"type":"RECORD","stream":"s","record":{},"version":5,"time_extracted":"2024-01-02T03:04:05.000000Z"}""");

        var record = messages.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>();
        record.Version.ShouldBe(5);
        record.TimeExtracted.ShouldBe(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }

    [Fact]
    public async Task Reads_a_batch_with_its_encoding_and_manifest()
    {
        var messages = await ReadAsync("""{"type":"BATCH","stream":"users","encoding":{"format":"jsonl","compression":"gzip"},"manifest":["file:///tmp/a.json.gz","file:///tmp/b.json.gz"]}""");

        var batch = messages.ShouldHaveSingleItem().ShouldBeOfType<BatchSnapshot>();
        batch.Stream.ShouldBe("users");
        (batch.Format, batch.Compression).ShouldBe(("jsonl", "gzip"));
        batch.Manifest.ShouldBe(["file:///tmp/a.json.gz", "file:///tmp/b.json.gz"]);
    }

    [Fact]
    public async Task Reads_a_batch_without_compression_as_uncompressed()
    {
        var messages = await ReadAsync("""{"type":"BATCH","stream":"users","encoding":{"format":"jsonl"},"manifest":[]}""");

        var batch = messages.ShouldHaveSingleItem().ShouldBeOfType<BatchSnapshot>();
        batch.Compression.ShouldBe("none");
        batch.Manifest.ShouldBeEmpty();
        batch.Version.ShouldBeNull();
    }

    [Fact]
    public async Task Reads_the_table_version_of_a_batch()
    {
        var messages = await ReadAsync("""{"type":"BATCH","stream":"tags","encoding":{"format":"jsonl","compression":"gzip"},"manifest":["file:///tmp/t.json.gz"],"version":1700000000000}""");

        messages.ShouldHaveSingleItem().ShouldBeOfType<BatchSnapshot>().Version.ShouldBe(1700000000000);
    }

    [Theory]
    [InlineData("{\"type\":\"RECORD\",\"stream\":\"s\",\"record\":{\"id\":1}", "line 2: invalid JSON")]
    [InlineData("[1,2]", "line 2: expected a JSON object, found an array")]
    [InlineData("{\"stream\":\"s\"}", "line 2: missing \"type\"")]
    [InlineData("{\"type\":\"HELLO\"}", "line 2: unknown message type \"HELLO\"")]
    [InlineData("{\"type\":\"BATCH\",\"stream\":\"s\"}", "line 2: stream \"s\": BATCH needs an \"encoding\" object")]
    [InlineData("{\"type\":\"BATCH\",\"stream\":\"s\",\"encoding\":{\"format\":\"jsonl\"}}", "line 2: stream \"s\": BATCH needs a \"manifest\" array")]
    [InlineData("{\"type\":\"BATCH\",\"stream\":\"s\",\"encoding\":{\"format\":\"jsonl\"},\"manifest\":[1]}", "line 2: stream \"s\": \"manifest\" must be an array of strings")]
    [InlineData("{\"type\":\"RECORD\",\"stream\":\"s\"}", "line 2: stream \"s\": RECORD needs a \"record\" object")]
    [InlineData("{\"type\":\"SCHEMA\",\"stream\":\"s\",\"schema\":{},\"key_properties\":\"id\"}", "line 2: stream \"s\": \"key_properties\" must be an array of strings")]
    [InlineData("{\"type\":\"ACTIVATE_VERSION\",\"stream\":\"s\",\"version\":\"x\"}", "line 2: \"version\" must be an integer")]
    public async Task Reports_a_malformed_line_with_its_number(string badLine, string expected)
    {
        var error = await Should.ThrowAsync<SingerProtocolException>(() => ReadAsync("{\"type\":\"STATE\",\"value\":{}}\n" + badLine + "\n"));

        error.Message.ShouldStartWith(expected);
        error.LineNumber.ShouldBe(2);
    }

    [Fact]
    public async Task Names_the_column_of_invalid_json()
    {
        var error = await Should.ThrowAsync<SingerProtocolException>(() => ReadAsync("{\"type\": RECORD}"));

        error.Message.ShouldStartWith("line 1: invalid JSON at column 10");
    }

    [Fact]
    public async Task Names_the_line_of_a_stream_name_that_is_not_valid_unicode()
    {
        var error = await Should.ThrowAsync<SingerProtocolException>(() => ReadAsync("{\"type\":\"STATE\",\"value\":{}}\n{\"type\":\"RECORD\",\"stream\":\"s\\udc00\",\"record\":{}}"));

        error.Message.ShouldBe("line 2: a message's type, stream or key list is not valid Unicode text (it holds invalid UTF-8 or a lone surrogate escape)");
    }

    [Fact]
    public async Task Yields_the_messages_before_a_bad_line()
    {
        var seen = new List<SingerMessage>();
        var reader = new SingerReader(Stream("{\"type\":\"STATE\",\"value\":{\"a\":1}}\nnot json\n"));

        await Should.ThrowAsync<SingerProtocolException>(async () =>
        {
            await foreach (var message in reader.ReadAllAsync(CancellationToken.None))
            {
                seen.Add(message);
            }
        });

        seen.ShouldHaveSingleItem().ShouldBeOfType<StateMessage>();
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    // Messages hold pooled JSON valid only until the next read, so tests copy what they check.
    private static async Task<List<Snapshot>> ReadAsync(string text)
    {
        var result = new List<Snapshot>();
        await foreach (var message in new SingerReader(Stream(text)).ReadAllAsync(CancellationToken.None))
        {
            result.Add(Snapshot.Of(message));
        }

        return result;
    }
}
