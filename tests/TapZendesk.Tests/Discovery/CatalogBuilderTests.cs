using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Tests.Discovery;

public sealed class CatalogBuilderTests
{
    [Fact]
    public void Writes_the_stream_metadata()
    {
        var entry = CatalogBuilder.Entry(StreamTable.Get("tickets"), SchemaLibrary.Load("tickets"));

        var metadata = entry.StreamMetadata;
        metadata.TableKeyProperties.ShouldBe(["id"]);
        metadata.ValidReplicationKeys.ShouldBe(["generated_timestamp"]);
        metadata.ForcedReplicationMethod.ShouldBe(ReplicationMethods.Incremental);
        metadata.SelectedByDefault.ShouldBe(true);
        entry.TapStreamId.ShouldBe("tickets");
    }

    [Fact]
    public void Makes_keys_and_replication_keys_automatic_and_the_rest_available()
    {
        var entry = CatalogBuilder.Entry(StreamTable.Get("tickets"), SchemaLibrary.Load("tickets"));

        entry.MetadataAt(Breadcrumb.Property("id"))!.Inclusion.ShouldBe(Inclusion.Automatic);
        entry.MetadataAt(Breadcrumb.Property("generated_timestamp"))!.Inclusion.ShouldBe(Inclusion.Automatic);
        entry.MetadataAt(Breadcrumb.Property("subject"))!.Inclusion.ShouldBe(Inclusion.Available);
    }

    [Fact]
    public void Gives_full_table_streams_no_replication_key()
    {
        var entry = CatalogBuilder.Entry(StreamTable.Get("tags"), SchemaLibrary.Load("tags"));

        entry.StreamMetadata.ValidReplicationKeys.ShouldBeEmpty();
        entry.StreamMetadata.ForcedReplicationMethod.ShouldBe(ReplicationMethods.FullTable);
        entry.StreamMetadata.TableKeyProperties.ShouldBe(["name"]);
    }

    [Fact]
    public void Lists_every_stream_once_and_selected_by_default()
    {
        var catalog = CatalogBuilder.Build(StreamTable.All, SchemaLibrary.Load);

        catalog.Streams.Select(s => s.TapStreamId).ShouldBe(StreamTable.All.Select(s => s.Name));
        catalog.Streams.ShouldAllBe(s => Selection.IsStreamSelected(s));
    }
}
