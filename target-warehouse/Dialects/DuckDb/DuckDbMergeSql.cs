using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// The statements that replace table rows (aliased <c>t</c>) by the stage's rows (aliased <c>s</c>)
/// of the same key. Joins are written as DELETE ... USING: DuckDB plans the equivalent EXISTS over
/// many columns several times slower.
/// </summary>
internal static class DuckDbMergeSql
{
    /// <summary>Removes from the stage the rows the table already holds exactly as they are.</summary>
    public static string DropUnchanged(string table, TableDefinition definition, string stage)
    {
        var key = definition.PrimaryKey.ToHashSet(StringComparer.Ordinal);
        var same = definition.Columns
            .Where(c => !key.Contains(c.Name))
            .Select(c => Identifiers.Quote(c.Name))
            .Select(c => $" AND t.{c} IS NOT DISTINCT FROM s.{c}");
        return $"DELETE FROM {stage} AS s USING {table} AS t WHERE {SqlText.KeyMatch(definition)}{string.Concat(same)}";
    }

    /// <summary>Deletes the table rows whose key the stage brings again.</summary>
    public static string DeleteReplaced(string table, TableDefinition definition, string stage) =>
        $"DELETE FROM {table} AS t USING {stage} AS s WHERE {SqlText.KeyMatch(definition)}";

    public static string InsertStaged(string table, TableDefinition definition, string stage)
    {
        var columns = SqlText.ColumnList(definition);
        return $"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage} AS s";
    }
}
