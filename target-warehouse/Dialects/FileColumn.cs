using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>Where one column of a file load takes its values: a record property, or a value the target gives every row.</summary>
/// <param name="Path">The property's path of names in the record, or null for a given value.</param>
/// <param name="Parameter">For a given value, its index among each part's <see cref="FilePart.Values"/>; -1 for NULL.</param>
internal sealed record FileColumn(IReadOnlyList<string>? Path, ColumnType Type, int Parameter = -1);
