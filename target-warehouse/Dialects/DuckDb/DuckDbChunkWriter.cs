using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Writes batch rows through DuckDB's appender a data chunk (one vector per column) at a time.
/// Filling vectors directly costs a fraction of appending value by value, which went through
/// several managed calls per value and made the appender the largest part of a commit.
/// </summary>
internal static class DuckDbChunkWriter
{
    /// <summary>In a column map: the column takes the row's index in the batch.</summary>
    public const int RowOrdinal = -2;

    /// <summary>In a column map: the column is NULL.</summary>
    public const int Null = -1;

    private static readonly int ChunkRows = (int)NativeMethods.Helpers.DuckDBVectorSize();

    /// <param name="columnMap">For each column of the target table, the batch column that fills it, <see cref="Null"/> or <see cref="RowOrdinal"/>.</param>
    /// <param name="rows">The batch rows to write, or null for all of them.</param>
    public static void Write(DuckDBConnection connection, string catalog, string schema, string table, RowBatch batch, int[] columnMap, int[]? rows, CancellationToken cancellationToken)
    {
        var created = NativeMethods.Appender.DuckDBAppenderCreateExt(connection.NativeConnection, catalog, schema, table, out var appender);
        using (appender)
        {
            if (!created.IsSuccess())
            {
                throw Failure(appender, $"cannot append to {schema}.{table}");
            }

            var columns = new DuckDbChunkColumn[columnMap.Length];
            try
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    columns[c] = DuckDbChunkColumn.For(NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)c), batch, columnMap[c]);
                }

                AppendChunks(appender, columns, rows, rows?.Length ?? batch.Count, cancellationToken);
            }
            catch
            {
                // Nothing half-written may reach the table when the appender is destroyed.
                NativeMethods.Appender.DuckDBAppenderClear(appender);
                throw;
            }
            finally
            {
                foreach (var column in columns)
                {
                    column?.Dispose();
                }
            }

            if (!NativeMethods.Appender.DuckDBAppenderClose(appender).IsSuccess())
            {
                throw Failure(appender, $"appending to {schema}.{table} failed");
            }
        }
    }

    private static void AppendChunks(DuckDB.NET.Native.DuckDBAppender appender, DuckDbChunkColumn[] columns, int[]? rows, int total, CancellationToken cancellationToken)
    {
        using var chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk([.. columns.Select(c => c.Type.DangerousGetHandle())], (ulong)columns.Length);
        for (var start = 0; start < total; start += ChunkRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ChunkRows, total - start);
            for (var c = 0; c < columns.Length; c++)
            {
                DuckDbVectorFill.Fill(NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, c), columns[c], rows, start, count);
            }

            NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)count);
            if (!NativeMethods.Appender.DuckDBAppendDataChunk(appender, chunk).IsSuccess())
            {
                throw Failure(appender, "appending rows failed");
            }

            NativeMethods.DataChunks.DuckDBDataChunkReset(chunk);
        }
    }

    private static DuckDbAppendException Failure(DuckDB.NET.Native.DuckDBAppender appender, string what)
    {
        using var error = NativeMethods.Appender.DuckDBAppenderErrorData(appender);
        return error.HasError
            ? new DuckDbAppendException(error.Message is { Length: > 0 } message ? message : what, NativeMethods.ErrorData.DuckDBErrorDataErrorType(error))
            : new DuckDbAppendException(what, DuckDBErrorType.Invalid);
    }
}
