using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Mapping;

public sealed class StreamMappingTests
{
    private static readonly MappingOptions Plain = new(0, AddRecordMetadata: false, Versioned: false, MaxIdentifierBytes: 63);

    [Fact]
    public void Flattens_nested_objects_into_parent__child_columns_up_to_the_depth()
    {
        var schema = SchemaMessages.Parse("tickets", """
            {"type": "object", "properties": {
              "id": {"type": "integer"},
              "via": {"type": ["null", "object"], "properties": {
                "channel": {"type": "string"},
                "source": {"type": "object", "properties": {"rel": {"type": "string"}}}}},
              "fields": {"type": "object"}}}
            """, "id");

        var one = StreamMapping.Build(schema, "tickets", Plain with { FlatteningMaxDepth = 1 }, null);
        var two = StreamMapping.Build(schema, "tickets", Plain with { FlatteningMaxDepth = 2 }, null);
        var none = StreamMapping.Build(schema, "tickets", Plain, null);

        one.Columns.Select(c => $"{c.Name}:{c.Type}").ShouldBe(["id:integer", "via__channel:text", "via__source:json", "fields:json"]);
        two.Columns.Select(c => $"{c.Name}:{c.Type}").ShouldBe(["id:integer", "via__channel:text", "via__source__rel:text", "fields:json"]);
        none.Columns.Select(c => c.Name).ShouldBe(["id", "via", "fields"]);
        two.Columns[2].Path.ShouldBe("via.source.rel");
    }

    [Fact]
    public void Names_that_conform_alike_keep_the_one_already_spelled_that_way_and_hash_the_others()
    {
        var schema = SchemaMessages.Parse("t", """{"properties": {"Id": {"type": "string"}, "id": {"type": "integer"}, "ID": {"type": "string"}}}""", "id");

        var mapping = StreamMapping.Build(schema, "t", Plain, null);

        mapping.Columns.Select(c => c.Name).ShouldBe(["id_" + Identifiers.Hash("Id"), "id", "id_" + Identifiers.Hash("ID")]);
        mapping.KeyColumnNames.ShouldBe(["id"]);
    }

    [Fact]
    public void A_property_keeps_the_column_it_was_given_before_and_a_new_one_that_conforms_alike_gets_a_hash()
    {
        var schema = SchemaMessages.Parse("t", """{"properties": {"foo_bar": {"type": "string"}, "fooBar": {"type": "string"}}}""");
        var given = new Dictionary<string, string> { [StreamMapping.PropertyKey(["fooBar"])] = "foo_bar" };

        var mapping = StreamMapping.Build(schema, "t", Plain, null, given);

        mapping.Columns.Select(c => c.Name).ShouldBe(["foo_bar_" + Identifiers.Hash("foo_bar"), "foo_bar"]);
        mapping.ColumnNames[StreamMapping.PropertyKey(["foo_bar"])].ShouldBe("foo_bar_" + Identifiers.Hash("foo_bar"));
    }

    [Fact]
    public void Adds_the_metadata_columns_when_asked_and_the_version_columns_for_a_versioned_stream()
    {
        var schema = SchemaMessages.Parse("t", """{"properties": {"id": {"type": "integer"}}}""", "id");

        var metadata = StreamMapping.Build(schema, "t", Plain with { AddRecordMetadata = true }, null);
        var versioned = StreamMapping.Build(schema, "t", Plain with { Versioned = true }, null);

        metadata.Columns.Select(c => c.Name).ShouldBe(["id", "_sdc_extracted_at", "_sdc_received_at", "_sdc_batched_at", "_sdc_deleted_at", "_sdc_sequence", "_sdc_table_version", "_sdc_sync_started_at"]);
        versioned.Columns.Select(c => c.Name).ShouldBe(["id", "_sdc_deleted_at", "_sdc_table_version"]);
        versioned.IsVersioned.ShouldBeTrue();
    }

    [Fact]
    public void Keeps_the_version_columns_a_table_already_has()
    {
        var schema = SchemaMessages.Parse("t", """{"properties": {"id": {"type": "integer"}}}""", "id");
        var existing = new Dictionary<string, ColumnType> { ["id"] = ColumnType.BigInt, ["_sdc_table_version"] = ColumnType.BigInt };

        var mapping = StreamMapping.Build(schema, "t", Plain, existing);

        mapping.IsVersioned.ShouldBeTrue();
    }

    [Fact]
    public void Widens_column_types_against_the_table_as_it_is()
    {
        var schema = SchemaMessages.Parse("t", """{"properties": {"id": {"type": "integer"}, "score": {"type": "integer"}, "code": {"type": "integer"}}}""", "id");
        var existing = new Dictionary<string, ColumnType> { ["id"] = ColumnType.BigInt, ["score"] = ColumnType.Double, ["code"] = ColumnType.Text };

        var mapping = StreamMapping.Build(schema, "t", Plain, existing);

        mapping.Columns.Select(c => c.Type).ShouldBe([ColumnType.BigInt, ColumnType.Double, ColumnType.Text]);
    }

    [Theory]
    [InlineData("""{"properties": {"name": {"type": "string"}}}""", "key property \"id\" is not among the schema's properties")]
    [InlineData("""{"properties": {"id": {"type": "object", "properties": {"a": {"type": "integer"}}}}}""", "key property \"id\" is an object")]
    [InlineData("""{"type": "object"}""", "the schema has no properties")]
    public void Refuses_a_schema_that_cannot_become_a_table(string schema, string expected)
    {
        var message = SchemaMessages.Parse("t", schema, "id");

        Should.Throw<MappingException>(() => StreamMapping.Build(message, "t", Plain with { FlatteningMaxDepth = 1 }, null)).Message.ShouldContain(expected);
    }
}
