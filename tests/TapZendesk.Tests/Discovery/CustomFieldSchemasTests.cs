using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Discovery;

namespace Zendesk.Singer.Tap.Tests.Discovery;

public sealed class CustomFieldSchemasTests
{
    [Theory]
    [InlineData("text", "string")]
    [InlineData("textarea", "string")]
    [InlineData("date", "string")]
    [InlineData("regexp", "string")]
    [InlineData("dropdown", "string")]
    [InlineData("integer", "integer")]
    [InlineData("decimal", "number")]
    [InlineData("checkbox", "boolean")]
    [InlineData("lookup", "integer")]
    [InlineData("multiselect", "array")]
    [InlineData("something_new", "string")]
    public void Maps_each_field_type_to_a_nullable_json_type(string fieldType, string jsonType)
    {
        var types = CustomFieldSchemas.TypeOf(fieldType)["type"].ShouldBeOfType<JsonArray>().Select(t => t!.GetValue<string>());

        types.ShouldBe(["null", jsonType]);
    }

    [Fact]
    public void Replaces_the_free_object_with_typed_properties()
    {
        var schema = SchemaLibrary.Load("users");

        CustomFieldSchemas.Apply(schema, "user_fields", new JsonObject { ["plan"] = CustomFieldSchemas.TypeOf("dropdown") });

        var fields = schema["properties"]!["user_fields"]!;
        fields["properties"]!["plan"]!["type"]![1]!.GetValue<string>().ShouldBe("string");
        fields["additionalProperties"]!.GetValue<bool>().ShouldBeTrue();
    }
}
