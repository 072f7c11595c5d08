using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>Writes batch rows through DuckDB's appender, one typed value at a time.</summary>
internal static class DuckDbStageWriter
{
    /// <summary>In a column map: the column takes the row's index in the batch.</summary>
    public const int RowOrdinal = -2;

    /// <summary>In a column map: the column is NULL.</summary>
    public const int Null = -1;

    private const int CancellationCheckRows = 4096;

    /// <param name="columnMap">For each column of the target table, the batch column that fills it, <see cref="Null"/> or <see cref="RowOrdinal"/>.</param>
    /// <param name="rows">The batch rows to write, or null for all of them.</param>
    public static void Write(DuckDB.NET.Data.DuckDBAppender appender, RowBatch batch, int[] columnMap, int[]? rows, CancellationToken cancellationToken)
    {
        var writers = columnMap.Select(c => c switch
        {
            >= 0 => WriterFor(batch.Columns[c]),
            RowOrdinal => static (r, i) => r.AppendValue((long?)i),
            _ => static (r, _) => r.AppendNullValue(),
        }).ToArray();
        var count = rows?.Length ?? batch.Count;
        for (var i = 0; i < count; i++)
        {
            if (i % CancellationCheckRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = rows is null ? i : rows[i];
            var target = appender.CreateRow();
            foreach (var write in writers)
            {
                write(target, row);
            }

            target.EndRow();
        }
    }

    private static Action<IDuckDBAppenderRow, int> WriterFor(ColumnBuffer column) => column switch
    {
        ValueBuffer<long> b => (r, i) => Append(r, b, i, static (r, v) => r.AppendValue((long?)v)),
        ValueBuffer<double> b => (r, i) => Append(r, b, i, static (r, v) => r.AppendValue((double?)v)),
        ValueBuffer<decimal> b => (r, i) => Append(r, b, i, static (r, v) => r.AppendValue((decimal?)v)),
        ValueBuffer<bool> b => (r, i) => Append(r, b, i, static (r, v) => r.AppendValue((bool?)v)),
        ValueBuffer<DateTime> b => (r, i) => Append(r, b, i, static (r, v) => r.AppendValue((DateTime?)v)),
        ValueBuffer<DateOnly> b => (r, i) => Append(r, b, i, static (r, v) => r.AppendValue((DuckDBDateOnly?)DuckDBDateOnly.FromDateOnly(v))),
        TextBuffer b => (r, i) =>
        {
            if (b.IsNull(i))
            {
                r.AppendNullValue();
                return;
            }

            // UTF-8 goes in as it is stored; an empty span would read as NULL, so "" goes in as a string.
            var text = b.Utf8(i);
            if (text.IsEmpty)
            {
                r.AppendValue(string.Empty);
            }
            else
            {
                r.AppendValue(text);
            }
        },
        _ => throw new InvalidOperationException($"no DuckDB writer for {column.Type}"),
    };

    private static void Append<T>(IDuckDBAppenderRow row, ValueBuffer<T> buffer, int index, Func<IDuckDBAppenderRow, T, IDuckDBAppenderRow> append)
        where T : struct, IEquatable<T>
    {
        if (buffer.IsNull(index))
        {
            row.AppendNullValue();
        }
        else
        {
            append(row, buffer[index]);
        }
    }
}
