using System.Globalization;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Batch files read by DuckDB's read_json: each record property a column needs is declared with its
/// type, and DuckDB parses and converts the values as it reads. A flattened object is declared as
/// JSON and its properties taken out of it by JSON pointer. The files of several BATCH messages are
/// read by one read_json, which reads them in parallel; where the messages give their rows different
/// values, each row carries its file's name.
/// </summary>
internal static class DuckDbFileSql
{
    public static string ReadJson(FileLoad load)
    {
        var paths = string.Join(", ", load.Files.Select(SqlText.Literal));
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in load.Columns)
        {
            if (column.Path is { } path)
            {
                declared[path[0]] = path.Count == 1 ? ReadType(column.Type) : "JSON";
            }
        }

        var columns = string.Join(", ", declared.Select(d => $"{SqlText.Literal(d.Key)}: {SqlText.Literal(d.Value)}"));
        var filename = load.PartsDiffer ? $", filename = {SqlText.Literal(FileNameColumn(load))}" : string.Empty;
        return $"read_json([{paths}], format = 'newline_delimited', compression = '{(load.Gzip ? "gzip" : "uncompressed")}', columns = {{{columns}}}{filename}) AS f";
    }

    /// <summary>The index of a row's part, told by the name of the file it was read from.</summary>
    public static string Part(FileLoad load)
    {
        var cases = load.Parts.SelectMany((part, i) => part.Files.Select(file => string.Create(CultureInfo.InvariantCulture, $"WHEN {SqlText.Literal(file)} THEN {i}")));
        return $"CASE f.{Identifiers.Quote(FileNameColumn(load))} {string.Join(' ', cases)} END";
    }

    public static string Value(IReadOnlyList<string> path, ColumnType type)
    {
        var property = "f." + Identifiers.Quote(path[0]);
        if (path.Count == 1)
        {
            return type.Kind == ColumnKind.Date ? $"CAST(left({property}, 10) AS DATE)" : property;
        }

        var pointer = SqlText.Literal("/" + string.Join('/', path.Skip(1).Select(p => p.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal))));
        var text = $"json_extract_string({property}, {pointer})";
        return type.Kind switch
        {
            ColumnKind.Json => $"CAST(nullif(CAST(json_extract({property}, {pointer}) AS VARCHAR), 'null') AS JSON)",
            ColumnKind.Text => text,
            ColumnKind.Date => $"CAST(left({text}, 10) AS DATE)",
            _ => $"CAST({text} AS {DuckDbTypes.SqlType(type)})",
        };
    }

    /// <summary>A name for the column of file names that no record property read has.</summary>
    private static string FileNameColumn(FileLoad load)
    {
        var name = "tw_file";
        while (load.Columns.Any(c => c.Path is { } path && path[0] == name))
        {
            name = "_" + name;
        }

        return name;
    }

    /// <summary>Dates are read as text: a date-time sent for a date gives the calendar day as written, as records do.</summary>
    private static string ReadType(ColumnType type) => type.Kind == ColumnKind.Date ? "VARCHAR" : DuckDbTypes.SqlType(type);
}
