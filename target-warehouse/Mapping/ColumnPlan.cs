using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>One column of a stream's table and where its values come from.</summary>
/// <param name="Path">The property path in the record (a.b for a flattened child), for messages.</param>
/// <param name="Node">The schema the values are checked against; null for metadata columns.</param>
internal sealed record ColumnPlan(
    string Name,
    string Path,
    ColumnType Type,
    SchemaNode? Node,
    MetadataColumn Metadata = MetadataColumn.None);
