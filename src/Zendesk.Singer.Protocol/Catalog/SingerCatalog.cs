using System.Text.Json.Serialization;

namespace Zendesk.Singer.Protocol.Catalog;

/// <summary>A Singer catalog: what a tap can sync, and what the user selected.</summary>
internal sealed class SingerCatalog
{
    [JsonPropertyName("streams")]
    public List<CatalogStream> Streams { get; init; } = [];

    public CatalogStream? Find(string tapStreamId) =>
        Streams.Find(s => string.Equals(s.TapStreamId, tapStreamId, StringComparison.Ordinal));
}
