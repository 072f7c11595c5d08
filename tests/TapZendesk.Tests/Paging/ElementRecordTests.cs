using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class ElementRecordTests
{
    private const string Ticket = """{"id":12345678901, "subject":"h\u00e9llo","via":{"channel":"web"},"t\u0061gs":["a"],"updated_at":"2024-05-01T10:20:30Z"}""";

    [Fact]
    public void Finds_its_properties_where_a_scan_of_the_same_bytes_finds_them()
    {
        using var document = JsonDocument.Parse(Ticket);
        using var scanned = ScannedResponse.Scan($$"""{"records":[{{Ticket}}]}""", "records");
        RawProperty[]? rented = null;

        var parsed = Describe(new ElementRecord(document.RootElement).Layout(ref rented));
        var expected = Describe(scanned[0].Layout());

        parsed.ShouldBe(expected);
        parsed.ShouldContain("tags=[\"a\"]");
    }

    [Fact]
    public void Reads_fields_as_a_scanned_record_does()
    {
        using var document = JsonDocument.Parse(Ticket);
        using var scanned = ScannedResponse.Scan($$"""{"records":[{{Ticket}}]}""", "records");
        var element = new ElementRecord(document.RootElement);
        RecordField id = new("id"), subject = new("subject"), updated = new("updated_at"), via = new("via");

        element.Key(id).ShouldBe("12345678901");
        element.Int64(id).ShouldBe(12345678901);
        element.String(subject).ShouldBe("héllo");
        element.Time(updated).ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 20, 30, TimeSpan.Zero));
        element.Object(via)!.Value.GetProperty("channel").GetString().ShouldBe("web");
        (element.Key(id), element.String(subject), element.Time(updated)).ShouldBe((scanned[0].Key(id), scanned[0].String(subject), scanned[0].Time(updated)));
    }

    [Fact]
    public void Reads_nothing_from_a_record_that_is_not_an_object()
    {
        using var document = JsonDocument.Parse("[1]");

        new ElementRecord(document.RootElement).Key(new RecordField("id")).ShouldBeNull();
    }

    private static List<string> Describe(RecordLayout layout)
    {
        var described = new List<string>();
        foreach (var property in layout.Properties)
        {
            described.Add(layout.DecodedName(property) + "=" + Encoding.UTF8.GetString(layout.RawValue(property)));
        }

        return described;
    }
}
