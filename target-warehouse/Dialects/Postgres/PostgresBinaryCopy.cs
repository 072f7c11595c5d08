using Npgsql;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>Writes batch rows with binary COPY, into a stage or straight into the table.</summary>
/// <remarks>
/// The rows are encoded here, column by column from the batch's buffers, rather than value by value
/// through Npgsql's importer, whose per-value type lookups cost more than the server's reading of
/// them. Text and JSON go over as the UTF-8 the buffers hold already.
/// </remarks>
internal static class PostgresBinaryCopy
{
    /// <param name="table">The quoted, qualified table to copy into.</param>
    /// <param name="rows">The batch rows to write, or null for all of them.</param>
    public static async Task WriteAsync(NpgsqlConnection connection, string table, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => Identifiers.Quote(c.Name)));
        var writers = batch.Columns.Select(WriterFor).ToArray();
        await using var copy = await connection.BeginRawBinaryCopyAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        using var writer = new BinaryCopyWriter(copy);
        writer.WriteHeader();
        var count = rows?.Length ?? batch.Count;
        for (var i = 0; i < count; i++)
        {
            var row = rows is null ? i : rows[i];
            writer.StartRow(writers.Length);
            foreach (var write in writers)
            {
                write(writer, row);
            }

            if (writer.IsFull)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.WriteTrailer();
        await writer.FlushAsync(cancellationToken);
    }

    private static Action<BinaryCopyWriter, int> WriterFor(ColumnBuffer column) => column switch
    {
        ValueBuffer<long> b => (w, i) => Write(w, b, i, static (w, v) => w.Int64(v)),
        ValueBuffer<double> b => (w, i) => Write(w, b, i, static (w, v) => w.Float64(v)),
        ValueBuffer<decimal> b => (w, i) => Write(w, b, i, static (w, v) => w.Numeric(v)),
        ValueBuffer<bool> b => (w, i) => Write(w, b, i, static (w, v) => w.Boolean(v)),
        ValueBuffer<DateTime> b => (w, i) => Write(w, b, i, static (w, v) => w.Timestamp(v)),
        ValueBuffer<DateOnly> b => (w, i) => Write(w, b, i, static (w, v) => w.Date(v)),
        TextBuffer b when column.Type.Kind == ColumnKind.Json => (w, i) => WriteText(w, b, i, json: true),
        TextBuffer b => (w, i) => WriteText(w, b, i, json: false),
        _ => throw new InvalidOperationException($"no PostgreSQL writer for {column.Type}"),
    };

    private static void WriteText(BinaryCopyWriter writer, TextBuffer buffer, int row, bool json)
    {
        if (buffer.IsNull(row))
        {
            writer.Null();
        }
        else
        {
            if (json)
            {
                writer.Jsonb(buffer.Utf8(row));
            }
            else
            {
                writer.Text(buffer.Utf8(row));
            }
        }
    }

    private static void Write<T>(BinaryCopyWriter writer, ValueBuffer<T> buffer, int row, Action<BinaryCopyWriter, T> write)
        where T : struct, IEquatable<T>
    {
        if (buffer.IsNull(row))
        {
            writer.Null();
        }
        else
        {
            write(writer, buffer[row]);
        }
    }
}
