using System.Text.Json.Nodes;
using static Zendesk.Singer.Protocol.Tests.Maps.MapFixtures;

namespace Zendesk.Singer.Protocol.Tests.Maps;

/// <summary>The schema of a computed property is read from its expression.</summary>
public sealed class SchemaInferenceTests
{
    [Theory]
    [InlineData("md5(email)", """{"type":["string","null"]}""")]
    [InlineData("sha256(str(id))", """{"type":["string","null"]}""")]
    [InlineData("str(id)", """{"type":["string","null"]}""")]
    [InlineData("int(phone)", """{"type":["integer","null"]}""")]
    [InlineData("len(tags)", """{"type":["integer","null"]}""")]
    [InlineData("float(phone)", """{"type":["number","null"]}""")]
    [InlineData("bool(phone)", """{"type":["boolean","null"]}""")]
    [InlineData("role == 'admin'", """{"type":["boolean","null"]}""")]
    [InlineData("'x' in tags", """{"type":["boolean","null"]}""")]
    [InlineData("not role", """{"type":["boolean","null"]}""")]
    [InlineData("email.lower()", """{"type":["string","null"]}""")]
    [InlineData("email", """{"type":["string","null"],"format":"email"}""")]
    [InlineData("record['tags']", """{"type":["array","null"],"items":{"type":"string"}}""")]
    [InlineData("'client-1'", """{"type":["string","null"]}""")]
    [InlineData("12", """{"type":["integer","null"]}""")]
    [InlineData("id * 2", """{"type":["integer","null"]}""")]
    [InlineData("id / 2", """{"type":["number","null"]}""")]
    [InlineData("email.split('@')", """{"type":["array","null"],"items":{"type":"string"}}""")]
    [InlineData("int(phone) if phone else None", """{"type":["integer","null"]}""")]
    [InlineData("email.split('@')[-1]", """{"type":["string","null"]}""")]
    public void A_new_property_gets_the_type_of_its_expression(string expression, string schema)
    {
        var output = Bind("{\"stream_maps\": {\"users\": {\"computed\": \"" + expression + "\"}}}").Outputs.Single();

        output.Schema["properties"]!["computed"]!.ToJsonString().ShouldBe(schema);
    }

    [Fact]
    public void An_expression_of_unknown_type_keeps_an_existing_property_its_schema_as_the_sdk_does()
    {
        var output = Bind("""{"stream_maps": {"users": {"tags": "tags if tags else record.get('x')", "phone": "self"}}}""").Outputs.Single();

        output.Schema["properties"]!["tags"]!.ToJsonString().ShouldBe("""{"type":["array","null"],"items":{"type":"string"}}""");
        output.Schema["properties"]!["phone"]!.ToJsonString().ShouldBe("""{"type":["string","null"]}""");
    }

    [Fact]
    public void Removed_properties_leave_the_schema_and_its_required_list()
    {
        var output = Bind("""{"stream_maps": {"users": {"email": null}}}""").Outputs.Single();

        output.Schema["properties"]!.AsObject().ContainsKey("email").ShouldBeFalse();
        output.Schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["id"]);
        UsersSchema["properties"]!.AsObject().ContainsKey("email").ShouldBeTrue();
    }

    [Fact]
    public void A_stream_no_map_changes_keeps_its_schema()
    {
        var output = Bind("""{"stream_maps": {"tickets": {"x": null}}}""").Outputs.Single();

        JsonNode.DeepEquals(output.Schema, UsersSchema).ShouldBeTrue();
    }
}
