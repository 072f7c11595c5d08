namespace Zendesk.Singer.Target.Dialects;

/// <param name="PrimaryKey">Column names of the primary key; empty for a table without one.</param>
internal sealed record TableDefinition(string Name, IReadOnlyList<ColumnDefinition> Columns, IReadOnlyList<string> PrimaryKey);
