using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class ScannedResponseTests
{
    private const string Answer = """{"tickets":[{"id":12345678901, "subject":"héllo \"x\"","via":{"channel":"web","source":{"from":{}}},"tags":["a","b"],"generated_timestamp":1700000000},{"id":"abc","updated_at":"2024-05-01T10:20:30Z"}],"after_cursor":"MTU3","end_of_stream":true}""";

    [Fact]
    public void Notes_each_record_and_its_properties_as_sent()
    {
        using var answer = ScannedResponse.Scan(Answer, "tickets");

        answer.Count.ShouldBe(2);
        var first = answer[0];
        Text(first.Json).ShouldBe("""{"id":12345678901, "subject":"héllo \"x\"","via":{"channel":"web","source":{"from":{}}},"tags":["a","b"],"generated_timestamp":1700000000}""");
        var layout = first.Layout();
        layout.Properties.Length.ShouldBe(5);
        var names = new List<string>();
        var values = new List<string>();
        foreach (var property in layout.Properties)
        {
            names.Add(Text(layout.RawName(property)));
            values.Add(Text(layout.RawValue(property)));
        }

        names.ShouldBe(["id", "subject", "via", "tags", "generated_timestamp"]);
        values.ShouldBe(["12345678901", "\"héllo \\\"x\\\"\"", """{"channel":"web","source":{"from":{}}}""", """["a","b"]""", "1700000000"]);
    }

    [Fact]
    public void Reads_keys_times_and_strings_as_the_element_readers_do()
    {
        using var answer = ScannedResponse.Scan(Answer, "tickets");

        answer[0].Key(new RecordField("id")).ShouldBe("12345678901");
        answer[1].Key(new RecordField("id")).ShouldBe("abc");
        answer[0].Time(new RecordField("generated_timestamp")).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1700000000));
        answer[1].Time(new RecordField("updated_at")).ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 20, 30, TimeSpan.Zero));
        answer[0].String(new RecordField("subject")).ShouldBe("héllo \"x\"");
        answer[0].Int64(new RecordField("id")).ShouldBe(12345678901);
        answer[1].Int64(new RecordField("id")).ShouldBeNull();
        answer[1].Time(new RecordField("generated_timestamp")).ShouldBeNull();
    }

    [Fact]
    public void Finds_the_top_level_values_besides_the_records()
    {
        using var answer = ScannedResponse.Scan(Answer, "tickets");

        answer.Root.GetProperty("after_cursor").GetRawText().ShouldBe("\"MTU3\"");
        answer.Root.GetProperty("after_cursor").ValueKind.ShouldBe(JsonValueKind.String);
        answer.Root.GetProperty("end_of_stream").ValueKind.ShouldBe(JsonValueKind.True);
        answer.Root.TryGetProperty("tickets", out _).ShouldBeFalse();
        answer.Root.TryGetProperty("before_cursor", out _).ShouldBeFalse();
    }

    [Fact]
    public void Matches_and_decodes_names_sent_with_escapes()
    {
        using var answer = ScannedResponse.Scan("""{"users":[{"n\u0061me":"Ann","id":1}]}""", "users");

        var record = answer[0];
        var property = record.Layout().Properties[0];
        property.NameEscaped.ShouldBeTrue();
        record.Layout().DecodedName(property).ShouldBe("name");
        record.String(new RecordField("name")).ShouldBe("Ann");
    }

    [Fact]
    public void Keeps_a_record_that_is_not_an_object_whole()
    {
        using var answer = ScannedResponse.Scan("""{"items":[[1,2],7,{"id":3}]}""", "items");

        answer.Count.ShouldBe(3);
        answer[0].IsObject.ShouldBeFalse();
        Text(answer[0].Json).ShouldBe("[1,2]");
        Text(answer[1].Json).ShouldBe("7");
        answer[2].IsObject.ShouldBeTrue();
        answer[1].Key(new RecordField("id")).ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"next_page":null}""")]
    [InlineData("""{"tickets":null}""")]
    [InlineData("""[{"id":1}]""")]
    public void Has_no_records_without_a_records_array(string json)
    {
        using var answer = ScannedResponse.Scan(json, "tickets");

        answer.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"tickets":[{"id":1""")]
    [InlineData("""{"tickets":[]} trailing""")]
    [InlineData("""{"tickets":[{"id":01}]}""")]
    public void Refuses_an_answer_that_is_not_json(string json)
    {
        Should.Throw<JsonException>(() => ScannedResponse.Scan(json, "tickets"));
    }

    [Fact]
    public async Task Reads_a_body_larger_than_the_buffer_it_starts_with()
    {
        var records = string.Join(',', Enumerable.Range(1, 30_000).Select(i => $$"""{"id":{{i}},"body":"{{new string('x', 60)}}"}"""));
        var json = $$"""{"tickets":[{{records}}],"end_of_stream":true}""";
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));

        using var answer = await ScannedResponse.ReadAsync(body, "tickets", sizeHint: 0, CancellationToken.None);

        answer.Json.Length.ShouldBe(Encoding.UTF8.GetByteCount(json));
        answer.Count.ShouldBe(30_000);
        answer[29_999].Key(new RecordField("id")).ShouldBe("30000");
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
