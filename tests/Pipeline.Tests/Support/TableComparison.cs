using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>Row-by-row, column-by-column differences between one table and the records it must hold.</summary>
internal static class TableComparison
{
    private const int MaxPerTable = 12;

    // A single-object stream's earlier snapshots stay behind as rows of retired versions, marked deleted.
    private static IEnumerable<object?[]> Current(string stream, TableData table)
    {
        var deleted = table.Column("_sdc_deleted_at");
        return WarehouseSnapshot.IsSingleObject(stream) && deleted >= 0
            ? table.Rows.Where(r => r[deleted] is null or DBNull)
            : table.Rows;
    }

    public static List<string> Differences(string stream, TableData table, IReadOnlyDictionary<string, JsonObject> expected)
    {
        var problems = new List<string>();
        var keyColumns = WarehouseSnapshot.KeyColumns(stream);
        var keyColumn = string.Join('|', keyColumns);
        var keys = keyColumns.Select(table.Column).ToArray();
        if (keys.Any(k => k < 0))
        {
            problems.Add($"{stream}: the table has no {keyColumn} column (columns: {string.Join(", ", table.Columns)})");
            return problems;
        }

        var rows = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var group in Current(stream, table).GroupBy(r => string.Join('|', keys.Select(k => KeyText(r[k]))), StringComparer.Ordinal))
        {
            rows[group.Key] = group.First();
            var count = group.Count();
            if (count > 1)
            {
                problems.Add($"{stream}: {keyColumn} {group.Key} is loaded {count} times");
            }
        }

        var missing = expected.Keys.Where(k => !rows.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{stream}: {missing.Count} of {expected.Count} records are missing, e.g. {keyColumn} {string.Join(", ", missing.Take(5))}");
        }

        var extra = rows.Keys.Where(k => !expected.ContainsKey(k)).ToList();
        if (extra.Count > 0)
        {
            problems.Add($"{stream}: {extra.Count} rows are not in the source, e.g. {keyColumn} {string.Join(", ", extra.Take(5))}");
        }

        var columns = Enumerable.Range(0, table.Columns.Count).Where(c => !table.Columns[c].StartsWith("_sdc_", StringComparison.Ordinal)).ToList();
        var differing = 0;
        foreach (var (id, record) in expected)
        {
            if (!rows.TryGetValue(id, out var row))
            {
                continue;
            }

            foreach (var c in columns)
            {
                if (ColumnValue.Mismatch(row[c], record[table.Columns[c]]) is { } why && ++differing <= MaxPerTable)
                {
                    problems.Add($"{stream}: {keyColumn} {id}, column {table.Columns[c]} {why}");
                }
            }
        }

        if (differing > MaxPerTable)
        {
            problems.Add($"{stream}: ... {differing - MaxPerTable} more differing values");
        }

        return problems;
    }

    private static string KeyText(object? value) => value switch
    {
        null or DBNull => "NULL",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
