using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Catalog;

namespace Zendesk.Singer.Protocol.Tests.Catalog;

public sealed class SelectionTests
{
    [Fact]
    public void A_stream_is_selected_only_when_its_metadata_says_so()
    {
        Selection.IsStreamSelected(Stream(selected: true)).ShouldBeTrue();
        Selection.IsStreamSelected(Stream(selected: false)).ShouldBeFalse();
        Selection.IsStreamSelected(Stream(selected: null)).ShouldBeFalse();
    }

    [Fact]
    public void Selected_by_default_applies_when_selected_is_silent()
    {
        var stream = Stream(selected: null);
        stream.StreamMetadata.SelectedByDefault = true;

        Selection.IsStreamSelected(stream).ShouldBeTrue();
    }

    [Fact]
    public void An_explicit_choice_overrides_selected_by_default()
    {
        var stream = Stream(selected: false);
        stream.StreamMetadata.SelectedByDefault = true;

        Selection.IsStreamSelected(stream).ShouldBeFalse();
    }

    [Fact]
    public void Fields_of_a_selected_stream_are_selected_unless_deselected()
    {
        var stream = Stream(selected: true);
        stream.Ensure(Breadcrumb.Property("subject")).Selected = false;

        Selection.IsFieldSelected(stream, Breadcrumb.Property("id")).ShouldBeTrue();
        Selection.IsFieldSelected(stream, Breadcrumb.Property("subject")).ShouldBeFalse();
    }

    [Fact]
    public void Automatic_fields_are_always_synced_and_unsupported_ones_never()
    {
        var stream = Stream(selected: true);
        var id = stream.Ensure(Breadcrumb.Property("id"));
        id.Inclusion = Inclusion.Automatic;
        id.Selected = false;
        var secret = stream.Ensure(Breadcrumb.Property("subject"));
        secret.Inclusion = Inclusion.Unsupported;
        secret.Selected = true;

        Selection.IsFieldSelected(stream, Breadcrumb.Property("id")).ShouldBeTrue();
        Selection.IsFieldSelected(stream, Breadcrumb.Property("subject")).ShouldBeFalse();
    }

    [Fact]
    public void No_field_of_an_unselected_stream_is_selected()
    {
        var stream = Stream(selected: false);
        stream.Ensure(Breadcrumb.Property("id")).Inclusion = Inclusion.Automatic;

        Selection.IsFieldSelected(stream, Breadcrumb.Property("id")).ShouldBeFalse();
    }

    [Fact]
    public void Nested_fields_inherit_from_their_parent()
    {
        var stream = Stream(selected: true);
        stream.Ensure(Breadcrumb.Property("via")).Selected = false;

        Selection.IsFieldSelected(stream, Breadcrumb.Property("via", "channel")).ShouldBeFalse();
    }

    [Fact]
    public void The_selected_schema_holds_only_selected_properties_at_every_depth()
    {
        var stream = Stream(selected: true);
        stream.Ensure(Breadcrumb.Property("subject")).Selected = false;
        stream.Ensure(Breadcrumb.Property("via", "source")).Selected = false;

        var schema = Selection.SelectedSchema(stream);

        var properties = schema["properties"]!.AsObject();
        properties.Select(p => p.Key).ShouldBe(["id", "via"]);
        properties["via"]!["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["channel"]);
        stream.Schema["properties"]!.AsObject().Count.ShouldBe(3, "the catalog's own schema is left untouched");
    }

    [Fact]
    public void The_user_replication_method_wins_over_the_forced_one()
    {
        var stream = Stream(selected: true);
        stream.StreamMetadata.ForcedReplicationMethod = ReplicationMethods.Incremental;
        Selection.ReplicationMethod(stream, ReplicationMethods.FullTable).ShouldBe(ReplicationMethods.Incremental);

        stream.StreamMetadata.ReplicationMethod = ReplicationMethods.FullTable;
        Selection.ReplicationMethod(stream, ReplicationMethods.Incremental).ShouldBe(ReplicationMethods.FullTable);
    }

    private static CatalogStream Stream(bool? selected)
    {
        var stream = new CatalogStream
        {
            TapStreamId = "tickets",
            Stream = "tickets",
            Schema = JsonNode.Parse("""
                {"type": "object", "properties": {
                  "id": {"type": "integer"},
                  "subject": {"type": ["null", "string"]},
                  "via": {"type": "object", "properties": {"channel": {"type": "string"}, "source": {"type": "object"}}}
                }}
                """)!.AsObject(),
        };
        stream.Ensure(Breadcrumb.Stream).Selected = selected;
        return stream;
    }
}
