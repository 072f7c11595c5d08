using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Tests.Sync;

public sealed class RecordWriterTests
{
    [Fact]
    public void Copies_a_record_whole_without_filter()
    {
        Write("""{"id":12345678901234,"subject":"héllo \"x\"","nested":{"a":[1,2]}}""", FieldFilter.None, null)
            .ShouldBe("""{"id":12345678901234,"subject":"héllo \"x\"","nested":{"a":[1,2]}}""");
    }

    [Fact]
    public void Leaves_out_excluded_properties_at_any_depth()
    {
        var filter = FieldFilter.Of("fields", "metric_set");
        filter.Exclude(["via", "source"]);

        Write("""{"id":1,"fields":[1],"via":{"channel":"web","source":{"from":{}}},"metric_set":{"id":2},"tags":["a"]}""", filter, null)
            .ShouldBe("""{"id":1,"via":{"channel":"web"},"tags":["a"]}""");
    }

    [Fact]
    public void Adds_extras_replacing_a_property_of_the_same_name()
    {
        RecordExtra[] extras = [new("ticket_id", Number: 7), new("created_at", Text: "2024-01-01T00:00:00Z")];

        Write("""{"id":1,"created_at":null}""", FieldFilter.None, extras)
            .ShouldBe("""{"id":1,"ticket_id":7,"created_at":"2024-01-01T00:00:00Z"}""");
    }

    [Fact]
    public void Leaves_out_a_deselected_extra()
    {
        Write("""{"id":1}""", FieldFilter.Of("ticket_id"), [new("ticket_id", Number: 7)]).ShouldBe("""{"id":1}""");
    }

    [Fact]
    public void A_property_dropped_whole_stays_dropped_when_a_nested_exclusion_follows()
    {
        var filter = FieldFilter.Of("via");
        filter.Exclude(["via", "source"]);

        Write("""{"id":1,"via":{"channel":"web"}}""", filter, null).ShouldBe("""{"id":1}""");
    }

    private const string Ticket = """{"url":"https://x/1.json","id":1,"fields":[{"id":5,"value":"a"}],"via":{"channel":"web","source":{"from":{}}},"subject":"héllo \"x\"","metric_set":{"id":2},"tags":["a"],"custom_fields":[]}""";

    [Theory]
    [InlineData]
    [InlineData("fields", "metric_set")]
    [InlineData("url")]
    [InlineData("custom_fields")]
    [InlineData("url", "id", "fields")]
    [InlineData("metric_set", "tags", "custom_fields")]
    [InlineData("url", "id", "fields", "via", "subject", "metric_set", "tags", "custom_fields")]
    [InlineData("not_there")]
    public void Writes_a_scanned_record_as_it_writes_the_same_record_parsed(params string[] dropped)
    {
        var filter = FieldFilter.Of(dropped);

        Scanned(Ticket, filter).ShouldBe(FromElement(Ticket, filter));
    }

    [Fact]
    public void Leaves_out_excluded_properties_of_a_scanned_record_at_any_depth()
    {
        var filter = FieldFilter.Of("fields", "metric_set");
        filter.Exclude(["via", "source"]);

        Scanned(Ticket, filter).ShouldBe("""{"url":"https://x/1.json","id":1,"via":{"channel":"web"},"subject":"héllo \"x\"","tags":["a"],"custom_fields":[]}""");
        Scanned(Ticket, filter).ShouldBe(FromElement(Ticket, filter));
    }

    [Fact]
    public void A_property_of_a_scanned_record_dropped_whole_stays_dropped_when_a_nested_exclusion_follows()
    {
        var filter = FieldFilter.Of("via");
        filter.Exclude(["via", "source"]);

        Scanned("""{"id":1,"via":{"channel":"web"}}""", filter).ShouldBe("""{"id":1}""");
    }

    [Fact]
    public void Matches_a_name_sent_with_escapes_by_its_text()
    {
        const string json = """{"id":1,"f\u0069elds":[1],"t\u0061gs":["a"]}""";

        // Kept as sent: the same name to any JSON reader.
        Scanned(json, FieldFilter.Of("fields")).ShouldBe("""{"id":1,"t\u0061gs":["a"]}""");
        JsonNode.DeepEquals(JsonNode.Parse(Scanned(json, FieldFilter.Of("fields"))), JsonNode.Parse(FromElement(json, FieldFilter.Of("fields")))).ShouldBeTrue();
    }

    [Fact]
    public void Keeps_the_spacing_Zendesk_sent_inside_what_it_copies()
    {
        const string json = """{ "id" : 1 , "fields" : [ 1 ] , "tags" : [ "a" ] }""";

        var written = Scanned(json, FieldFilter.Of("fields"));

        written.ShouldBe("""{"id" : 1,"tags" : [ "a" ]}""");
        JsonDocument.Parse(written).RootElement.GetProperty("tags")[0].GetString().ShouldBe("a");
    }

    [Fact]
    public void Copies_a_record_that_is_not_an_object_whole()
    {
        Scanned("[1,2]", FieldFilter.Of("fields")).ShouldBe("[1,2]");
    }

    [Fact]
    public void Adds_extras_to_a_scanned_record_as_to_a_parsed_one()
    {
        RecordExtra[] extras = [new("ticket_id", Number: 7), new("created_at", Text: "2024-01-01T00:00:00Z")];
        const string json = """{"id":1,"created_at":null,"fields":[1]}""";

        Scanned(json, FieldFilter.Of("fields"), extras).ShouldBe("""{"id":1,"ticket_id":7,"created_at":"2024-01-01T00:00:00Z"}""");
        Scanned(json, FieldFilter.Of("fields"), extras).ShouldBe(Write(json, FieldFilter.Of("fields"), extras));
    }

    private static string Scanned(string record, FieldFilter filter, RecordExtra[]? extras = null)
    {
        using var answer = ScannedResponse.Scan($$"""{"records":[{{record}}]}""", "records");
        return Write(writer => RecordWriter.Write(writer, answer[0], filter, extras));
    }

    private static string FromElement(string record, FieldFilter filter)
    {
        using var document = JsonDocument.Parse(record);
        return Write(writer => RecordWriter.Write(writer, new ElementRecord(document.RootElement), filter, null));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Write(string json, FieldFilter filter, RecordExtra[]? extras)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            RecordWriter.Write(writer, new ElementRecord(document.RootElement), filter, extras);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
