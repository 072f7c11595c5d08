using System.Text;
using System.Text.Json;
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

    private static string Write(string json, FieldFilter filter, RecordExtra[]? extras)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            RecordWriter.Write(writer, document.RootElement, filter, extras);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
