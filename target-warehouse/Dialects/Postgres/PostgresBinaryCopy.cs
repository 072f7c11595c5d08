using Npgsql;
using NpgsqlTypes;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>Writes batch rows with binary COPY, into a stage or straight into the table.</summary>
/// <remarks>
/// Text and JSON go over as the bytes of their binary forms (written as bytea, whose binary form is
/// the bytes themselves): binary COPY carries no types, and the server reads each value by its
/// column's type, so text values need no decoding to strings and encoding back.
/// </remarks>
internal static class PostgresBinaryCopy
{
    private const byte JsonbVersion = 1;

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
            TextBuffer b when column.Type.Kind == ColumnKind.Json => JsonbWriter(b),
            TextBuffer b => (w, i) =>
            {
                if (b.IsNull(i))
                {
                    w.WriteNull();
                }
                else
                {
                    // A text value's binary form is its UTF-8, which the buffer holds already: sent
                    // as such, it needs no string in between.
                    w.Write(b.Utf8Memory(i), NpgsqlDbType.Bytea);
                }
            },
            _ => throw new InvalidOperationException($"no PostgreSQL writer for {column.Type}"),
        };
    }

    /// <summary>jsonb's binary form is a version byte (1) and then the JSON text's UTF-8.</summary>
    private static Action<NpgsqlBinaryImporter, int> JsonbWriter(TextBuffer buffer)
    {
        var scratch = new byte[1024];
        return (w, i) =>
        {
            if (buffer.IsNull(i))
            {
                w.WriteNull();
                return;
            }

            var text = buffer.Utf8(i);
            if (scratch.Length < text.Length + 1)
            {
                scratch = new byte[Math.Max(text.Length + 1, scratch.Length * 2)];
            }

            scratch[0] = JsonbVersion;
            text.CopyTo(scratch.AsSpan(1));

            // The importer has copied the value out when Write returns, so the scratch array is reused.
            w.Write(scratch.AsMemory(0, text.Length + 1), NpgsqlDbType.Bytea);
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
