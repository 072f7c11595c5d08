using System.Text;
using System.Text.Json;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Mapping;

public sealed class RecordConverterTests
{
    private const string Schema = """
        {"properties": {
          "id": {"type": "integer"},
          "amount": {"type": ["null", "number"]},
          "price": {"type": ["null", "number"], "multipleOf": 0.01},
          "at": {"type": ["null", "string"], "format": "date-time"},
          "day": {"type": ["null", "string"], "format": "date"},
          "done": {"type": ["null", "boolean"]},
          "name": {"type": ["null", "string"]},
          "tags": {"type": ["null", "array"], "items": {"type": "string"}},
          "via": {"type": ["null", "object"], "properties": {"channel": {"type": "string"}}, "required": ["channel"]},
          "strict": {"type": ["null", "object"], "properties": {"a": {"type": "integer"}}, "additionalProperties": false}}}
        """;

    [Fact]
    public void Converts_every_type_in_one_pass()
    {
        var (batch, slot) = Convert("""
            {"id": 7, "amount": 1.5, "price": 2.345, "at": "2024-01-02T03:04:05+02:00", "day": "2024-02-29", "done": true,
             "name": "Zoë", "tags": ["a"], "via": {"channel": "web"}, "extra": "ignored"}
            """);

        ((ValueBuffer<long>)batch.Columns[0])[slot].ShouldBe(7);
        ((ValueBuffer<double>)batch.Columns[1])[slot].ShouldBe(1.5);
        ((ValueBuffer<decimal>)batch.Columns[2])[slot].ShouldBe(2.34m);
        ((ValueBuffer<DateTime>)batch.Columns[3])[slot].ShouldBe(new DateTime(2024, 1, 2, 1, 4, 5, DateTimeKind.Utc));
        ((ValueBuffer<DateOnly>)batch.Columns[4])[slot].ShouldBe(new DateOnly(2024, 2, 29));
        ((ValueBuffer<bool>)batch.Columns[5])[slot].ShouldBeTrue();
        ((TextBuffer)batch.Columns[6])[slot].ShouldBe("Zoë");
        ((TextBuffer)batch.Columns[7])[slot].ShouldBe("""["a"]""");
        ((TextBuffer)batch.Columns[8])[slot].ShouldBe("""{"channel": "web"}""");
        batch.Columns[9].IsNull(slot).ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{"id": "7"}""", "field \"id\": expected an integer, found a string")]
    [InlineData("""{"id": 1.5}""", "field \"id\": expected an integer, found a number")]
    [InlineData("""{"id": 1, "amount": "x"}""", "field \"amount\": expected a number or null, found a string")]
    [InlineData("""{"id": 1, "at": "31/12/2024 noon"}""", "field \"at\": \"31/12/2024 noon\" is not a date-time")]
    [InlineData("""{"id": 1, "day": "tomorrow"}""", "field \"day\": \"tomorrow\" is not a date")]
    [InlineData("""{"id": 1, "tags": ["a", 2]}""", "field \"tags[1]\": expected a string, found an integer")]
    [InlineData("""{"id": 1, "via": {}}""", "field \"via.channel\": required property is missing")]
    [InlineData("""{"id": 1, "via": {"channel": null}}""", "field \"via.channel\": null is not allowed (expected a string)")]
    [InlineData("""{"id": 1, "strict": {"b": 1}}""", "field \"strict.b\": is not in the schema")]
    [InlineData("""{"name": "no id"}""", "field \"id\": key property is missing")]
    [InlineData("""{"id": null}""", "field \"id\": null is not allowed (expected an integer)")]
    [InlineData("""{"id": 9223372036854775808}""", "field \"id\": 9223372036854775808 is not a 64-bit integer")]
    public void Names_the_field_and_the_problem_of_a_record_that_does_not_fit(string record, string expected) =>
        Should.Throw<RecordException>(() => Convert(record)).Message.ShouldStartWith(expected);

    [Fact]
    public void Without_validation_coerces_what_it_can_and_still_refuses_what_it_cannot()
    {
        var (batch, slot) = Convert("""{"id": "12", "amount": "2.5", "done": "false", "name": 42, "tags": [1], "via": {}}""", validate: false);

        ((ValueBuffer<long>)batch.Columns[0])[slot].ShouldBe(12);
        ((ValueBuffer<double>)batch.Columns[1])[slot].ShouldBe(2.5);
        ((ValueBuffer<bool>)batch.Columns[5])[slot].ShouldBeFalse();
        ((TextBuffer)batch.Columns[6])[slot].ShouldBe("42");
        Should.Throw<RecordException>(() => Convert("""{"id": "twelve"}""", validate: false)).Message.ShouldBe("field \"id\": \"twelve\" is not a 64-bit integer");
    }

    [Fact]
    public void Removes_nul_characters_from_text_and_from_json()
    {
        var (batch, slot) = Convert("""{"id": 1, "name": "a\u0000b", "tags": ["x\u0000y", "\\u0000"]}""");

        ((TextBuffer)batch.Columns[6])[slot].ShouldBe("ab");
        ((TextBuffer)batch.Columns[7])[slot].ShouldBe("""["xy", "\\u0000"]""");
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "name")]
    [InlineData(new byte[] { 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30 }, "name")]
    public void Refuses_a_string_that_is_not_valid_unicode_text(byte[] inside, string field)
    {
        byte[] record = [.. "{\"id\": 1, \"name\": \"a "u8.ToArray(), .. inside, .. " b\"}"u8.ToArray()];

        var error = Should.Throw<RecordException>(() => Convert(record, validate: false));

        error.Message.ShouldBe($"field \"{field}\": is not valid Unicode text (it holds invalid UTF-8 or a lone surrogate escape)");
    }

    [Theory]
    [InlineData("""["\udc00"]""", false)]
    [InlineData("""["\ud83c"]""", false)]
    [InlineData("""["\ud83c", "\udf89"]""", false)]
    [InlineData("""["\\ud800"]""", true)]
    [InlineData("""["\ud83c\udf89"]""", true)]
    public void Stores_json_only_when_every_escaped_surrogate_has_its_other_half(string tags, bool stored)
    {
        var convert = () => Convert(Encoding.UTF8.GetBytes($$"""{"id": 1, "tags": {{tags}}}"""), validate: false);

        if (stored)
        {
            var (batch, slot) = convert();
            ((TextBuffer)batch.Columns[7])[slot].ShouldBe(tags);
        }
        else
        {
            Should.Throw<RecordException>(() => convert()).Field.ShouldBe("tags");
        }
    }

    [Fact]
    public void A_record_that_fails_half_way_leaves_no_row_behind()
    {
        var mapping = StreamMapping.Build(SchemaMessages.Parse("t", Schema, "id"), "t", new MappingOptions(0, false, false, 63), null);
        var batch = new RowBatch([.. mapping.Columns.Select(c => c.Type)], mapping.KeyColumns);
        var converter = new RecordConverter(mapping, validate: true);
        using var bad = JsonDocument.Parse("""{"id": 1, "name": "half", "tags": [3]}""");

        Should.Throw<RecordException>(() => converter.Convert(bad.RootElement, batch, batch.BeginRow(), default));

        batch.Count.ShouldBe(0);
    }

    private static (RowBatch Batch, int Slot) Convert(string record, bool validate = true) => Convert(Encoding.UTF8.GetBytes(record), validate);

    private static (RowBatch Batch, int Slot) Convert(byte[] record, bool validate = true)
    {
        var mapping = StreamMapping.Build(SchemaMessages.Parse("t", Schema, "id"), "t", new MappingOptions(0, false, false, 63), null);
        var batch = new RowBatch([.. mapping.Columns.Select(c => c.Type)], mapping.KeyColumns);
        var converter = new RecordConverter(mapping, validate);
        using var document = JsonDocument.Parse(record);
        var slot = batch.BeginRow();
        converter.Convert(document.RootElement, batch, slot, default);
        return (batch, slot);
    }
}
