using DuckDB.NET.Native;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// One column of the data chunks handed to the appender: where its values come from and the DuckDB
/// type they are written as. That type is the table's own when the batch's values have its layout
/// (which keeps JSON's alias, so DuckDB does not re-parse the text); otherwise it is the batch's
/// type and DuckDB casts the column on append.
/// </summary>
internal sealed class DuckDbChunkColumn : IDisposable
{
    private DuckDbChunkColumn(ColumnBuffer? source, bool ordinal, DuckDBLogicalType type)
    {
        Source = source;
        IsOrdinal = ordinal;
        Type = type;
    }

    /// <summary>The batch column that fills this one; null for <see cref="IsOrdinal"/> and for an all-NULL column.</summary>
    public ColumnBuffer? Source { get; }

    /// <summary>The column takes each row's index in the batch.</summary>
    public bool IsOrdinal { get; }

    public DuckDBLogicalType Type { get; }

    /// <param name="tableType">The appender's type for the column; ownership passes to the returned column or is released.</param>
    /// <param name="source">The batch column, or <see cref="DuckDbChunkWriter.Null"/> or <see cref="DuckDbChunkWriter.RowOrdinal"/>.</param>
    public static DuckDbChunkColumn For(DuckDBLogicalType tableType, RowBatch batch, int source)
    {
        if (source == DuckDbChunkWriter.Null)
        {
            return new DuckDbChunkColumn(null, false, tableType);
        }

        var buffer = source == DuckDbChunkWriter.RowOrdinal ? null : batch.Columns[source];
        var wanted = buffer?.Type ?? ColumnType.BigInt;
        if (Fits(tableType, wanted))
        {
            return new DuckDbChunkColumn(buffer, buffer is null, tableType);
        }

        tableType.Dispose();
        return new DuckDbChunkColumn(buffer, buffer is null, Create(wanted));
    }

    public void Dispose() => Type.Dispose();

    /// <summary>Whether values of <paramref name="wanted"/> can be written into vectors of <paramref name="type"/> as they are.</summary>
    private static bool Fits(DuckDBLogicalType type, ColumnType wanted)
    {
        var id = NativeMethods.LogicalType.DuckDBGetTypeId(type);
        return wanted.Kind switch
        {
            ColumnKind.BigInt => id == DuckDBType.BigInt,
            ColumnKind.Double => id == DuckDBType.Double,
            ColumnKind.Decimal => id == DuckDBType.Decimal
                && NativeMethods.LogicalType.DuckDBDecimalInternalType(type) == DuckDBType.HugeInt
                && NativeMethods.LogicalType.DuckDBDecimalScale(type) == wanted.Scale,
            ColumnKind.Boolean => id == DuckDBType.Boolean,

            // Both hold microseconds since the epoch; the batch's values are UTC.
            ColumnKind.Timestamp => id is DuckDBType.TimestampTz or DuckDBType.Timestamp,
            ColumnKind.Date => id == DuckDBType.Date,
            _ => id == DuckDBType.Varchar,
        };
    }

    private static DuckDBLogicalType Create(ColumnType type) => type.Kind switch
    {
        ColumnKind.BigInt => NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.BigInt),
        ColumnKind.Double => NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.Double),
        ColumnKind.Decimal => NativeMethods.LogicalType.DuckDBCreateDecimalType(ColumnType.DecimalPrecision, (byte)type.Scale),
        ColumnKind.Boolean => NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.Boolean),
        ColumnKind.Timestamp => NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.TimestampTz),
        ColumnKind.Date => NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.Date),
        _ => NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.Varchar),
    };
}
