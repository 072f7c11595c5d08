using System.Globalization;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

internal static class DuckDbTypes
{
    public static string SqlType(ColumnType type) => type.Kind switch
    {
        ColumnKind.BigInt => "BIGINT",
        ColumnKind.Double => "DOUBLE",
        ColumnKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({ColumnType.DecimalPrecision},{type.Scale})"),
        ColumnKind.Boolean => "BOOLEAN",
        ColumnKind.Timestamp => "TIMESTAMPTZ",
        ColumnKind.Date => "DATE",
        ColumnKind.Json => "JSON",
        _ => "VARCHAR",
    };

    /// <summary>Reads information_schema's data_type; a type this target never creates is loaded as text and cast by DuckDB.</summary>
    public static ColumnType Parse(string dataType)
    {
        var name = dataType.ToUpperInvariant();
        if (name.StartsWith("DECIMAL", StringComparison.Ordinal) || name.StartsWith("NUMERIC", StringComparison.Ordinal))
        {
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            var close = name.IndexOf(')', StringComparison.Ordinal);
            return comma > 0 && close > comma && int.TryParse(name.AsSpan(comma + 1, close - comma - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var scale)
                ? ColumnType.Decimal(scale)
                : ColumnType.Double;
        }

        return name switch
        {
            "BIGINT" or "INTEGER" or "SMALLINT" or "TINYINT" or "UINTEGER" or "USMALLINT" or "UTINYINT" => ColumnType.BigInt,
            "DOUBLE" or "FLOAT" or "REAL" => ColumnType.Double,
            "BOOLEAN" => ColumnType.Boolean,
            "DATE" => ColumnType.Date,
            "JSON" => ColumnType.Json,
            _ when name.StartsWith("TIMESTAMP", StringComparison.Ordinal) => ColumnType.Timestamp,
            _ => ColumnType.Text,
        };
    }
}
