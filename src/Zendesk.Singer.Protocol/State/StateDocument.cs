using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Zendesk.Singer.Protocol.State;

/// <summary>The Singer state: one bookmark object per stream and the stream being synced.</summary>
internal sealed class StateDocument
{
    [JsonPropertyName("bookmarks")]
    public Dictionary<string, JsonObject> Bookmarks { get; set; } = new(StringComparer.Ordinal);

    [JsonPropertyName("currently_syncing")]
    public string? CurrentlySyncing { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public JsonObject? BookmarkOf(string stream) => Bookmarks.GetValueOrDefault(stream);
}
