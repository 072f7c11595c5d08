using System.Text.Json;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Protocol.Serialization;

namespace Zendesk.Singer.Protocol.Tests.Catalog;

public sealed class SingerCatalogTests
{
    private const string Json = """
        {"streams": [{
          "tap_stream_id": "groups", "stream": "groups",
          "schema": {"type": "object", "properties": {"id": {"type": "integer"}, "updated_at": {"type": "string", "format": "date-time"}}},
          "metadata": [
            {"breadcrumb": [], "metadata": {"selected": true, "table-key-properties": ["id"], "valid-replication-keys": ["updated_at"],
              "forced-replication-method": "INCREMENTAL", "selected-by-default": false, "replication-key": "updated_at", "x-custom": 7}},
            {"breadcrumb": ["properties", "id"], "metadata": {"inclusion": "automatic"}}
          ]
        }]}
        """;

    [Fact]
    public void Reads_every_metadata_key_of_the_singer_spec()
    {
        var catalog = JsonSerializer.Deserialize(Json, ProtocolJsonContext.Default.SingerCatalog)!;

        var stream = catalog.Find("groups").ShouldNotBeNull();
        var metadata = stream.StreamMetadata;
        metadata.Selected.ShouldBe(true);
        metadata.TableKeyProperties.ShouldBe(["id"]);
        metadata.ValidReplicationKeys.ShouldBe(["updated_at"]);
        metadata.ForcedReplicationMethod.ShouldBe(ReplicationMethods.Incremental);
        metadata.SelectedByDefault.ShouldBe(false);
        metadata.ReplicationKey.ShouldBe("updated_at");
        stream.MetadataAt(Breadcrumb.Property("id"))!.Inclusion.ShouldBe(Inclusion.Automatic);
    }

    [Fact]
    public void Keeps_unknown_metadata_keys_when_written_back()
    {
        var catalog = JsonSerializer.Deserialize(Json, ProtocolJsonContext.Default.SingerCatalog)!;

        var written = JsonSerializer.Serialize(catalog, ProtocolJsonContext.Default.SingerCatalog);

        written.ShouldContain("\"x-custom\": 7");
        written.ShouldContain("\"table-key-properties\"");
        written.ShouldNotContain("\"replication_key\"");
        written.ShouldNotContain("StreamMetadata");
    }

    [Fact]
    public void Finds_nothing_for_an_unknown_stream()
    {
        var catalog = JsonSerializer.Deserialize(Json, ProtocolJsonContext.Default.SingerCatalog)!;

        catalog.Find("tickets").ShouldBeNull();
    }
}
