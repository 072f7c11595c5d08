using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Zendesk.Singer.Protocol.Catalog;

internal sealed class CatalogStream
{
    [JsonPropertyName("tap_stream_id")]
    public string TapStreamId { get; set; } = "";

    [JsonPropertyName("stream")]
    public string Stream { get; set; } = "";

    [JsonPropertyName("schema")]
    public JsonObject Schema { get; set; } = [];

    [JsonPropertyName("metadata")]
    public List<MetadataEntry> Metadata { get; set; } = [];

    /// <summary>Legacy top-level key properties that older catalogs carry beside the metadata.</summary>
    [JsonPropertyName("key_properties")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? KeyProperties { get; set; }

    [JsonPropertyName("replication_key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplicationKey { get; set; }

    [JsonPropertyName("replication_method")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplicationMethod { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    [JsonIgnore]
    public Metadata StreamMetadata => MetadataAt(Breadcrumb.Stream) ?? new Metadata();

    public Metadata? MetadataAt(Breadcrumb breadcrumb) =>
        Metadata.Find(m => m.Breadcrumb.SequenceEqual(breadcrumb.Parts))?.Values;

    /// <summary>Gets the metadata at a breadcrumb, adding an empty entry when there is none.</summary>
    public Metadata Ensure(Breadcrumb breadcrumb)
    {
        var found = MetadataAt(breadcrumb);
        if (found is not null)
        {
            return found;
        }

        var entry = new MetadataEntry { Breadcrumb = [.. breadcrumb.Parts], Values = new Metadata() };
        Metadata.Add(entry);
        return entry.Values;
    }
}
