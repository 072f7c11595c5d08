using System.Text;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Protocol.Tests.Lines;

public sealed class RecordEnvelopeTests
{
    [Fact]
    public async Task Hands_a_record_to_its_receiver_as_the_bytes_of_its_line()
    {
        var receiver = new CollectingReceiver("tickets");

        var messages = await ReadAsync(
            receiver,
            """{"type":"RECORD","stream":"tickets","record":{"id":1,"via":{"channel":"web"}},"version":7,"time_extracted":"2024-05-01T10:00:00+02:00"}""");

        messages.ShouldHaveSingleItem().ShouldBe(new ReceivedSnapshot(1, "tickets"));
        var (stream, json, extracted, version, line) = receiver.Received.ShouldHaveSingleItem();
        (stream, json, version, line).ShouldBe(("tickets", """{"id":1,"via":{"channel":"web"}}""", 7L, 1L));
        extracted.ShouldBe(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Takes_a_time_extracted_without_an_offset_as_utc_like_the_full_parse()
    {
        var receiver = new CollectingReceiver("s");

        await ReadAsync(receiver, """{"type":"RECORD","stream":"s","record":{},"time_extracted":"2024-05-01T10:00:00"}""");
        var full = await ReadAsync(new CollectingReceiver(), """{"type":"RECORD","stream":"s","record":{},"time_extracted":"2024-05-01T10:00:00"}""");

        receiver.Received.ShouldHaveSingleItem().TimeExtracted.ShouldBe(full.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>().TimeExtracted);
    }

    [Theory]
    [InlineData("""{"record":{"id":1},"type":"RECORD","stream":"s"}""")]
    [InlineData("""{"type":"RECORD","record":{"id":1},"stream":"s"}""")]
    [InlineData("""{"type":"RECORD","stream":"s","stream":"s","record":{"id":1}}""")]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"id":1},"version":1.5e40}""")]
    public async Task Leaves_a_line_out_of_the_ordinary_to_the_full_parse(string line)
    {
        var receiver = new CollectingReceiver("s");

        var messages = await ReadAllowingErrorsAsync(receiver, line);

        receiver.Received.ShouldBeEmpty();
        messages.ShouldNotContain(m => m is ReceivedSnapshot);
    }

    [Fact]
    public async Task Reads_a_record_in_full_when_the_receiver_declines_its_stream()
    {
        var receiver = new CollectingReceiver("users");

        var messages = await ReadAsync(receiver, """{"type":"RECORD","stream":"tickets","record":{"id":5}}""");

        messages.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>().Json.ShouldBe("""{"id":5}""");
        receiver.Converted.ShouldBe(0);
    }

    [Fact]
    public async Task Reads_a_record_in_full_when_the_receiver_declines_it_after_its_line()
    {
        var receiver = new CollectingReceiver("s") { DeclineAfterLine = true };

        var messages = await ReadAsync(receiver, """{"type":"RECORD","stream":"s","record":{"id":5},"version":3}""");

        receiver.Converted.ShouldBe(1);
        var record = messages.ShouldHaveSingleItem().ShouldBeOfType<RecordSnapshot>();
        (record.Json, record.Version).ShouldBe(("""{"id":5}""", 3L));
    }

    [Fact]
    public async Task Reports_bad_json_after_a_received_record_as_the_full_parse_does()
    {
        var receiver = new CollectingReceiver("s");

        var error = await Should.ThrowAsync<SingerProtocolException>(() => ReadAsync(receiver, """{"type":"RECORD","stream":"s","record":{"id":1},"version":}"""));

        error.Message.ShouldBe("line 1: invalid JSON at column 59: '}' is an invalid start of a value");
        receiver.Received.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"id":tru},"version":1}""", "line 1: invalid JSON at column 49: 'tru},\"version\":1}' is an invalid JSON literal. Expected the literal 'true'")]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"a":"x","b":[1,}]}}""", "line 1: invalid JSON at column 56: '}' is an invalid start of a value")]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"a":"\q"}}""", "line 1: invalid JSON at column 47: 'q' is an invalid escapable character within a JSON string. The string should be correctly escaped")]
    public async Task Reports_bad_json_inside_a_record_as_the_full_parse_does(string line, string expected)
    {
        var receiver = new CollectingReceiver("s");

        var error = await Should.ThrowAsync<SingerProtocolException>(() => ReadAsync(receiver, line));
        var full = await Should.ThrowAsync<SingerProtocolException>(() => ReadAsync(new CollectingReceiver(), line));

        error.Message.ShouldBe(full.Message);
        error.Message.ShouldBe(expected);
        receiver.Received.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"a":"}{][\"\\","b":[{"c":"]"}]},"version":4}""", """{"a":"}{][\"\\","b":[{"c":"]"}]}""", 4L)]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"a":1}  ,  "version":5 , "x":[{}]}""", """{"a":1}""", 5L)]
    [InlineData("""{"type":"RECORD","stream":"s","record":{} }""", "{}", null)]
    public async Task Finds_a_records_end_past_brackets_and_quotes_inside_its_strings(string line, string record, long? version)
    {
        var receiver = new CollectingReceiver("s");

        await ReadAsync(receiver, line);

        var received = receiver.Received.ShouldHaveSingleItem();
        (received.Json, received.Version).ShouldBe((record, version));
    }

    [Theory]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"id":1},}""")]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"id":1}"version":1}""")]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"id":1},"record":{"id":2}}""")]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"id":"1}""")]
    [InlineData("""{"type":"RECORD","stream":"s","record":{"id":1}} {}""")]
    public async Task Leaves_what_follows_a_record_out_of_the_ordinary_to_the_full_parse(string line)
    {
        var receiver = new CollectingReceiver("s");

        await ReadAllowingErrorsAsync(receiver, line);

        receiver.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Leaves_schema_and_state_lines_to_the_full_parse()
    {
        var receiver = new CollectingReceiver("s");

        var messages = await ReadAsync(receiver, """
            {"type":"SCHEMA","stream":"s","schema":{"properties":{}},"key_properties":[]}
            {"type":"STATE","value":{"n":1}}
            """);

        messages.Select(m => m.GetType()).ShouldBe([typeof(SchemaSnapshot), typeof(StateSnapshot)]);
        receiver.Converted.ShouldBe(0);
    }

    [Fact]
    public async Task Receives_records_whose_lines_span_the_reader_buffers()
    {
        var receiver = new CollectingReceiver("s");
        var name = new string('n', 100_000);
        var line = "{\"type\":\"RECORD\",\"stream\":\"s\",\"record\":{\"name\":\"" + name + "\"}}";

        var messages = await ReadAsync(receiver, string.Join('\n', line, line, line));

        messages.ShouldBe([new ReceivedSnapshot(1, "s"), new ReceivedSnapshot(2, "s"), new ReceivedSnapshot(3, "s")]);
        receiver.Received.ShouldAllBe(r => r.Json.Length == name.Length + 11);
    }

    private static async Task<List<Snapshot>> ReadAsync(CollectingReceiver receiver, string text)
    {
        var result = new List<Snapshot>();
        await foreach (var message in new SingerReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), rawRecords: true).ReadAllAsync(CancellationToken.None))
        {
            result.Add(receiver.Take(message));
        }

        return result;
    }

    private static async Task<List<Snapshot>> ReadAllowingErrorsAsync(CollectingReceiver receiver, string text)
    {
        try
        {
            return await ReadAsync(receiver, text);
        }
        catch (SingerProtocolException)
        {
            return [];
        }
    }
}
