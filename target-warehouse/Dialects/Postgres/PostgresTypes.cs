using System.Globalization;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.Postgres;

internal static class PostgresTypes
{
    public static string SqlType(ColumnType type) => type.Kind switch
    {
        ColumnKind.BigInt => "bigint",
        ColumnKind.Double => "double precision",
        ColumnKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"numeric({ColumnType.DecimalPrecision},{type.Scale})"),
        ColumnKind.Boolean => "boolean",
        ColumnKind.Timestamp => "timestamptz",
        ColumnKind.Date => "date",
        ColumnKind.Json => "jsonb",
        _ => "text",
    };

    /// <summary>Reads information_schema's data_type; a type this target never creates is loaded as text and cast by PostgreSQL.</summary>
    public static ColumnType Parse(string dataType, int? scale) => dataType switch
    {
        "bigint" or "integer" or "smallint" => ColumnType.BigInt,
        "double precision" or "real" => ColumnType.Double,
        "numeric" => scale is { } s ? ColumnType.Decimal(s) : ColumnType.Double,
        "boolean" => ColumnType.Boolean,
        "timestamp with time zone" or "timestamp without time zone" => ColumnType.Timestamp,
        "date" => ColumnType.Date,
        "jsonb" or "json" => ColumnType.Json,
        _ => ColumnType.Text,
    };
}
