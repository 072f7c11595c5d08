using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync;
using Zendesk.Singer.Tap.Sync.Tickets;

namespace Zendesk.Singer.Tap.Tests.Sync.Tickets;

/// <summary>How a ticket's custom field columns are written from its raw <c>custom_fields</c>.</summary>
public sealed class ColumnWritingTests
{
    private const string Ticket =
        """{"id":1,"via":{"channel":"web","source":{"from":{}}},"fields":[],"custom_fields":[{"id":10,"value":"a \"quoted\" \u00e9"},{"id":11,"value":["x","y"]},{"id":12,"value":12.50},{"value":true,"id":13},{"id":14,"value":null},{"id":15,"value":{"odd":[1]}}],"tags":["t"]}""";

    [Fact]
    public void Appends_each_column_with_its_value_as_sent_and_null_for_a_field_the_ticket_lacks()
    {
        var columns = Columns(("text", 10), ("multi", 11), ("amount", 12), ("flag", 13), ("unset", 14), ("odd", 15), ("missing", 99));

        var written = Scanned(Ticket, FieldFilter.Of("fields"), columns);

        written.ShouldEndWith(""","tags":["t"],"text":"a \"quoted\" \u00e9","multi":["x","y"],"amount":12.50,"flag":true,"unset":null,"odd":{"odd":[1]},"missing":null}""");
        JsonNode.Parse(written)!["text"]!.GetValue<string>().ShouldBe("a \"quoted\" é");
    }

    [Theory]
    [InlineData]
    [InlineData("fields")]
    [InlineData("custom_fields")]
    [InlineData("id", "via", "fields", "custom_fields", "tags")]
    public void Writes_a_scanned_ticket_as_it_writes_the_same_ticket_parsed(params string[] dropped)
    {
        var columns = Columns(("text", 10), ("flag", 13), ("missing", 99));

        var scanned = Scanned(Ticket, FieldFilter.Of(dropped), columns);

        scanned.ShouldBe(Parsed(Ticket, FieldFilter.Of(dropped), columns));
        JsonNode.Parse(scanned)!["flag"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void A_nested_exclusion_writes_property_by_property_with_the_same_columns()
    {
        var filter = FieldFilter.Of("fields");
        filter.Exclude(["via", "source"]);

        var written = Scanned(Ticket, filter, Columns(("flag", 13), ("amount", 12)));

        var ticket = JsonNode.Parse(written)!.AsObject();
        ticket["via"]!.AsObject().Select(p => p.Key).ShouldBe(["channel"]);
        ticket.Select(p => p.Key).ShouldBe(["id", "via", "custom_fields", "tags", "flag", "amount"]);
        ticket["amount"]!.ToJsonString().ShouldBe("12.50");
    }

    [Fact]
    public void A_ticket_property_of_a_column_name_gives_way_to_the_column()
    {
        var written = Scanned(Ticket, FieldFilter.None, Columns(("tags", 10)));

        var ticket = JsonNode.Parse(written)!.AsObject();
        ticket.Count(p => p.Key == "tags").ShouldBe(1);
        ((string?)ticket["tags"]).ShouldBe("a \"quoted\" é");
        written.Split("\"tags\"").Length.ShouldBe(2);
    }

    [Fact]
    public void Two_columns_of_one_field_both_carry_its_value_and_a_name_needing_escapes_is_escaped()
    {
        var written = Scanned("""{"id":1,"custom_fields":[{"id":13,"value":false}]}""", FieldFilter.None, Columns(("flag", 13), ("drapeau \"é\"", 13)));

        var ticket = JsonNode.Parse(written)!.AsObject();
        ((bool?)ticket["flag"]).ShouldBe(false);
        ((bool?)ticket["drapeau \"é\""]).ShouldBe(false);
    }

    [Theory]
    [InlineData("""{"id":1}""")]
    [InlineData("""{"id":1,"custom_fields":null}""")]
    [InlineData("""{"id":1,"custom_fields":[]}""")]
    [InlineData("""{"id":1,"custom_fields":[7,{"id":"13","value":true}]}""")]
    public void A_ticket_without_usable_custom_fields_gets_null_columns(string json)
    {
        var written = Scanned(json, FieldFilter.None, Columns(("flag", 13)));

        JsonNode.Parse(written)!.AsObject().ShouldContainKey("flag");
        JsonNode.Parse(written)!["flag"].ShouldBeNull();
    }

    [Fact]
    public void Only_schema_properties_with_a_field_id_are_columns()
    {
        var schema = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "integer" },
                ["flag"] = new JsonObject { ["type"] = new JsonArray("null", "boolean"), [TicketFieldColumns.FieldIdAnnotation] = 13 },
            },
        };

        CustomFieldColumns.FromSchema(schema)!.Count.ShouldBe(1);
        CustomFieldColumns.FromSchema(new JsonObject { ["properties"] = new JsonObject { ["id"] = new JsonObject() } }).ShouldBeNull();
    }

    private static CustomFieldColumns Columns(params (string Name, long Id)[] columns)
    {
        var properties = new JsonObject();
        foreach (var (name, id) in columns)
        {
            properties[name] = new JsonObject { [TicketFieldColumns.FieldIdAnnotation] = id };
        }

        return CustomFieldColumns.FromSchema(new JsonObject { ["properties"] = properties })!;
    }

    private static string Scanned(string record, FieldFilter filter, CustomFieldColumns columns)
    {
        using var answer = ScannedResponse.Scan($$"""{"records":[{{record}}]}""", "records");
        return Write(writer => RecordWriter.WriteWithColumns(writer, answer[0], filter, null, columns));
    }

    private static string Parsed(string record, FieldFilter filter, CustomFieldColumns columns)
    {
        using var document = JsonDocument.Parse(record);
        return Write(writer => RecordWriter.WriteWithColumns(writer, new ElementRecord(document.RootElement), filter, null, columns));
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
}
