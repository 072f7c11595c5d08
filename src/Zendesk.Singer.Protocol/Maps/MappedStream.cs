namespace Zendesk.Singer.Protocol.Maps;

/// <summary>What one stream comes out as under the maps: none (dropped), itself, renamed, changed, or several copies.</summary>
internal sealed class MappedStream(string source, IReadOnlyList<StreamMapOutput> outputs)
{
    public string Source { get; } = source;

    public IReadOnlyList<StreamMapOutput> Outputs { get; } = outputs;

    /// <summary>Whether the stream goes out as it came in, under its own name: no map applies.</summary>
    public bool IsUnchanged => Outputs is [{ KeepsRecords: true } only] && only.Name == Source && only.IsUnmapped;

    /// <summary>Whether every output passes records on as they are (renamed, copied or re-keyed at most).</summary>
    public bool KeepsRecords => Outputs.All(o => o.KeepsRecords);
}
