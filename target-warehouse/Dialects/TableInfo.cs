using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>A table as the engine describes it: its columns in order and its primary key.</summary>
internal sealed record TableInfo(IReadOnlyList<ColumnDefinition> Columns, IReadOnlyList<string> PrimaryKey)
{
    public IReadOnlyDictionary<string, ColumnType> Types { get; } =
        Columns.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
}
