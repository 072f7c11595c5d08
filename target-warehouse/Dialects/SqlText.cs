using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>The SQL both engines accept, with every identifier quoted and no value inlined.</summary>
internal static class SqlText
{
    public static string CreateTable(string qualified, TableDefinition table, Func<ColumnType, string> sqlType)
    {
        var key = table.PrimaryKey.ToHashSet(StringComparer.Ordinal);
        var columns = table.Columns.Select(c => $"{Identifiers.Quote(c.Name)} {sqlType(c.Type)}{(key.Contains(c.Name) ? " NOT NULL" : string.Empty)}");
        var primaryKey = table.PrimaryKey.Count > 0 ? $", PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Identifiers.Quote))})" : string.Empty;
        return $"CREATE TABLE {qualified} ({string.Join(", ", columns)}{primaryKey})";
    }

    /// <summary>
    /// Merges the stage (aliased <c>s</c>) into the table; rows failing <paramref name="keep"/> are left
    /// out. A row that already holds the stage's values is not written again, so the count of rows
    /// the statement affects leaves it out.
    /// </summary>
    public static string Upsert(string qualified, TableDefinition table, string stage, string keep)
    {
        var columns = ColumnList(table);
        var keySet = table.PrimaryKey.ToHashSet(StringComparer.Ordinal);
        var others = table.Columns.Where(c => !keySet.Contains(c.Name)).Select(c => Identifiers.Quote(c.Name)).ToList();
        var updates = others.Select(c => $"{c} = excluded.{c}");
        var changed = $"ROW({string.Join(", ", others.Select(c => $"{qualified}.{c}"))}) IS DISTINCT FROM ROW({string.Join(", ", others.Select(c => $"excluded.{c}"))})";
        var onConflict = others.Count > 0 ? $"DO UPDATE SET {string.Join(", ", updates)} WHERE {changed}" : "DO NOTHING";
        var key = string.Join(", ", table.PrimaryKey.Select(Identifiers.Quote));
        return $"INSERT INTO {qualified} ({columns}) SELECT {columns} FROM {stage} AS s WHERE {keep} ON CONFLICT ({key}) {onConflict}";
    }

    /// <summary>Matches a table row <c>t</c> with a stage row <c>s</c> on the primary key.</summary>
    public static string KeyMatch(TableDefinition table) =>
        string.Join(" AND ", table.PrimaryKey.Select(Identifiers.Quote).Select(k => $"t.{k} = s.{k}"));

    public static string ColumnList(TableDefinition table) => string.Join(", ", table.Columns.Select(c => Identifiers.Quote(c.Name)));

    /// <summary>
    /// Text as a SQL string literal, for what the engines take only written into the statement: file
    /// paths, and the JSON paths and column names of a file reader's options. Never a record's value.
    /// </summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A table of <paramref name="qualifiedSchema"/>, quoted.</summary>
    public static string Qualified(string qualifiedSchema, string table) => qualifiedSchema + "." + Identifiers.Quote(table);

    /// <summary>The column list of a stage for <paramref name="table"/>'s batches, as CREATE TABLE takes it.</summary>
    public static string StageColumns(TableDefinition table, Func<ColumnType, string> sqlType) =>
        string.Join(", ", table.Columns.Select(c => $"{Identifiers.Quote(c.Name)} {sqlType(c.Type)}"));
}
