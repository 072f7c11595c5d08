using Npgsql;
using NpgsqlTypes;
using Zendesk.Singer.Target.Loading;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>Writes batch rows with binary COPY.</summary>
internal static class PostgresStageWriter
{
    /// <param name="table">The quoted, qualified table to copy into.</param>
    /// <param name="rows">The batch rows to write, or null for all of them.</param>
    public static async Task WriteAsync(NpgsqlConnection connection, string table, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => Identifiers.Quote(c.Name)));
        var writers = batch.Columns.Select(WriterFor).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var count = rows?.Length ?? batch.Count;
        for (var i = 0; i < count; i++)
        {
            var row = rows is null ? i : rows[i];
            await importer.StartRowAsync(cancellationToken);
            foreach (var write in writers)
            {
                write(importer, row);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Action<NpgsqlBinaryImporter, int> WriterFor(ColumnBuffer column)
    {
        var type = PostgresTypes.DbType(column.Type);
        return column switch
        {
            ValueBuffer<long> b => (w, i) => Write(w, b, i, type),
            ValueBuffer<double> b => (w, i) => Write(w, b, i, type),
            ValueBuffer<decimal> b => (w, i) => Write(w, b, i, type),
            ValueBuffer<bool> b => (w, i) => Write(w, b, i, type),
            ValueBuffer<DateTime> b => (w, i) => Write(w, b, i, type),
            ValueBuffer<DateOnly> b => (w, i) => Write(w, b, i, type),
            TextBuffer b => (w, i) =>
            {
                if (b.IsNull(i))
                {
                    w.WriteNull();
                }
                else
                {
                    w.Write(b[i], type);
                }
            },
            _ => throw new InvalidOperationException($"no PostgreSQL writer for {column.Type}"),
        };
    }

    private static void Write<T>(NpgsqlBinaryImporter importer, ValueBuffer<T> buffer, int index, NpgsqlDbType type)
        where T : struct, IEquatable<T>
    {
        if (buffer.IsNull(index))
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(buffer[index], type);
        }
    }
}
