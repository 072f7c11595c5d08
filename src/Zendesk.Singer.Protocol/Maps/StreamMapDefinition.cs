using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>One entry of <c>stream_maps</c>, read and parsed: what it applies to and what it does.</summary>
/// <param name="Key">The entry's key in <c>stream_maps</c>: a stream name or pattern, or with <paramref name="Source"/> the new stream's name.</param>
/// <param name="Source">The stream (or pattern) the entry reads: its key, or its <c>__source__</c>.</param>
/// <param name="IsCopy">Whether the entry makes a new stream from <paramref name="Source"/> (<c>__source__</c>) rather than mapping the stream itself.</param>
/// <param name="Alias">The <c>__alias__</c> expression or literal name, or null.</param>
/// <param name="Filter">The <c>__filter__</c> expression, or null.</param>
/// <param name="KeyProperties">The <c>__key_properties__</c>, or null to keep the stream's.</param>
/// <param name="KeepsOthers">False with <c>__else__: null</c>: only the named properties (and the keys) are kept.</param>
/// <param name="Drops">Whether the entry is null: the stream is not sent at all.</param>
internal sealed record StreamMapDefinition(
    string Key,
    string Source,
    bool IsCopy,
    StreamAlias? Alias,
    Node? Filter,
    IReadOnlyList<string>? KeyProperties,
    bool KeepsOthers,
    IReadOnlyList<PropertyMap> Properties,
    bool Drops)
{
    /// <summary>Whether records come out as they went in (a rename or a key change only).</summary>
    public bool KeepsRecords => Filter is null && KeepsOthers && Properties.Count == 0;
}
