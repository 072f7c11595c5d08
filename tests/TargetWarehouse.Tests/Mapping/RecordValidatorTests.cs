using System.Text;
using System.Text.Json;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Tests.Mapping;

public sealed class RecordValidatorTests
{
    [Theory]
    [InlineData("""{"type": "string", "maxLength": 3}""", "\"abcd\"", "is 4 characters long, longer than the schema's maxLength 3")]
    [InlineData("""{"type": "string", "minLength": 2}""", "\"a\"", "is 1 characters long, shorter than the schema's minLength 2")]
    [InlineData("""{"type": "string", "pattern": "^[A-Z]{2}-[0-9]+$"}""", "\"ab-12\"", "does not match the schema's pattern \"^[A-Z]{2}-[0-9]+$\"")]
    [InlineData("""{"type": "integer", "minimum": 1}""", "0", "is 0, below the schema's minimum 1")]
    [InlineData("""{"type": "number", "maximum": 2.5}""", "2.51", "is 2.51, above the schema's maximum 2.5")]
    [InlineData("""{"type": "integer", "minimum": 1, "exclusiveMinimum": true}""", "1", "is 1, below the schema's exclusiveMinimum 1")]
    [InlineData("""{"type": "integer", "maximum": 10, "exclusiveMaximum": true}""", "10", "is 10, above the schema's exclusiveMaximum 10")]
    [InlineData("""{"type": "integer", "exclusiveMinimum": 0}""", "0", "is 0, below the schema's exclusiveMinimum 0")]
    [InlineData("""{"type": "number", "exclusiveMaximum": 100}""", "100.0", "is 100.0, above the schema's exclusiveMaximum 100")]
    [InlineData("""{"type": "integer", "minimum": 0, "exclusiveMinimum": 5}""", "5", "is 5, below the schema's exclusiveMinimum 5")]
    [InlineData("""{"type": "string", "enum": ["open", "solved"]}""", "\"closed\"", "\"closed\" is not one of the values the schema allows (\"open\", \"solved\")")]
    [InlineData("""{"type": "integer", "enum": [1, 2]}""", "3", "3 is not one of the values the schema allows (1, 2)")]
    public void A_value_that_breaks_a_bound_of_its_schema_is_refused_with_the_bound_named(string schema, string value, string expected) =>
        Problem(schema, value).ShouldBe($"field \"f\": {expected}");

    [Theory]
    [InlineData("""{"type": "string", "maxLength": 3}""", "\"abc\"")]
    [InlineData("""{"type": "string", "maxLength": 1}""", "\"😀\"")]
    [InlineData("""{"type": "string", "pattern": "[0-9]"}""", "\"a1b\"")]
    [InlineData("""{"type": "integer", "minimum": 1, "maximum": 1}""", "1")]
    [InlineData("""{"type": "integer", "minimum": 1, "exclusiveMinimum": false}""", "1")]
    [InlineData("""{"type": "number", "exclusiveMinimum": 0}""", "0.000001")]
    [InlineData("""{"type": "integer", "maximum": 9007199254740993}""", "9007199254740993")]
    [InlineData("""{"type": "number", "enum": [1, 2]}""", "2.0")]
    [InlineData("""{"type": "object", "properties": {"a": {"type": "integer", "maximum": 5}}}""", """{"a": 5}""")]
    public void A_value_within_the_bounds_of_its_schema_passes(string schema, string value) =>
        Problem(schema, value).ShouldBeNull();

    [Fact]
    public void A_bound_of_a_nested_property_is_checked_and_the_property_named()
    {
        Problem("""{"type": "object", "properties": {"a": {"type": "integer", "maximum": 5}}}""", """{"a": 6}""")
            .ShouldBe("field \"f.a\": is 6, above the schema's maximum 5");
    }

    [Fact]
    public void A_pattern_that_is_not_a_regular_expression_refuses_the_schema()
    {
        using var schema = JsonDocument.Parse("""{"type": "string", "pattern": "(unclosed"}""");

        Should.Throw<MappingException>(() => SchemaNode.Parse(schema.RootElement)).Message.ShouldStartWith("pattern \"(unclosed\" is not a regular expression");
    }

    private static string? Problem(string schema, string value)
    {
        using var document = JsonDocument.Parse(schema);
        var node = SchemaNode.Parse(document.RootElement);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(value));
        reader.Read();
        try
        {
            RecordValidator.Check(ref reader, node, "f", checkFormat: true);
            return null;
        }
        catch (RecordException e)
        {
            return e.Message;
        }
    }
}
