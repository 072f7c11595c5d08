using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Discovery;

namespace Zendesk.Singer.Tap.Tests.Discovery;

public sealed class SchemaLibraryTests
{
    public static TheoryData<string> Streams => [.. SchemaLibrary.StreamNames];

    [Theory]
    [MemberData(nameof(Streams))]
    public void Every_schema_stands_alone_with_no_reference_left(string stream)
    {
        var schema = SchemaLibrary.Load(stream);

        schema.ToJsonString().ShouldNotContain("$ref");
        schema["properties"].ShouldBeOfType<JsonObject>().Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Inlines_the_shared_fragments()
    {
        var tickets = SchemaLibrary.Load("tickets");

        var via = tickets["properties"]!["via"].ShouldBeOfType<JsonObject>();
        via["properties"]!["channel"].ShouldNotBeNull();
    }

    [Fact]
    public void Gives_a_fresh_copy_each_time()
    {
        var first = SchemaLibrary.Load("groups");
        first["properties"]!.AsObject().Remove("id");

        SchemaLibrary.Load("groups")["properties"]!["id"].ShouldNotBeNull();
    }

    [Fact]
    public void Refuses_a_stream_without_a_schema()
    {
        Should.Throw<InvalidOperationException>(() => SchemaLibrary.Load("no_such_stream")).Message.ShouldContain("no_such_stream");
    }
}
