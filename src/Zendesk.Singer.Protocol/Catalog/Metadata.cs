using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zendesk.Singer.Protocol.Catalog;

/// <summary>The Singer metadata keys of one breadcrumb; keys we do not know are kept as they came.</summary>
internal sealed class Metadata
{
    [JsonPropertyName("selected")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Selected { get; set; }

    [JsonPropertyName("inclusion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Inclusion { get; set; }

    [JsonPropertyName("selected-by-default")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SelectedByDefault { get; set; }

    [JsonPropertyName("table-key-properties")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? TableKeyProperties { get; set; }

    [JsonPropertyName("valid-replication-keys")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? ValidReplicationKeys { get; set; }

    [JsonPropertyName("forced-replication-method")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ForcedReplicationMethod { get; set; }

    [JsonPropertyName("replication-method")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplicationMethod { get; set; }

    [JsonPropertyName("replication-key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplicationKey { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
