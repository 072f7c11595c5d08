using System.Text.Json.Serialization;

namespace Zendesk.Singer.Protocol.Catalog;

internal sealed class MetadataEntry
{
    [JsonPropertyName("breadcrumb")]
    public List<string> Breadcrumb { get; set; } = [];

    [JsonPropertyName("metadata")]
    public Metadata Values { get; set; } = new();
}
