using System.Text.Json;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Tests.Mapping;

public sealed class TypeMapperTests
{
    [Theory]
    [InlineData("""{"type": "integer"}""", "integer")]
    [InlineData("""{"type": ["null", "integer"]}""", "integer")]
    [InlineData("""{"type": "number"}""", "number")]
    [InlineData("""{"type": ["integer", "number"]}""", "number")]
    [InlineData("""{"type": "number", "multipleOf": 0.01}""", "decimal(38,2)")]
    [InlineData("""{"type": "number", "multipleOf": 0.0001}""", "decimal(38,4)")]
    [InlineData("""{"type": "number", "multipleOf": 1e-30}""", "number")]
    [InlineData("""{"type": ["null", "boolean"]}""", "boolean")]
    [InlineData("""{"type": "string", "format": "date-time"}""", "timestamp")]
    [InlineData("""{"type": ["null", "string"], "format": "date"}""", "date")]
    [InlineData("""{"type": "string", "format": "email"}""", "text")]
    [InlineData("""{"type": ["null", "object"], "properties": {"a": {"type": "integer"}}}""", "json")]
    [InlineData("""{"type": "array", "items": {"type": "integer"}}""", "json")]
    [InlineData("""{"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]}""", "timestamp")]
    [InlineData("""{"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}]}""", "text")]
    [InlineData("""{"type": ["integer", "string"]}""", "text")]
    [InlineData("""{"type": ["object", "string"]}""", "text")]
    [InlineData("""{"type": ["object", "array"]}""", "json")]
    [InlineData("""{}""", "json")]
    [InlineData("""{"$ref": "#/definitions/x"}""", "json")]
    [InlineData("""{"type": "null"}""", "text")]
    public void Maps_json_schema_to_a_column_type(string schema, string expected)
    {
        using var document = JsonDocument.Parse(schema);

        TypeMapper.ColumnTypeOf(SchemaNode.Parse(document.RootElement)).ToString().ShouldBe(expected);
    }
}
