using System.Buffers.Binary;
using System.IO.Compression;
using DuckDB.NET.Data;
using Npgsql;

namespace Zendesk.Singer.Bench.Target;

/// <summary>The engines loading the batch files by themselves, into a table shaped like the one the target builds.</summary>
internal static class BatchCeilings
{
    public const string DuckDbDescription = "DuckDB: CREATE TABLE ceiling AS SELECT * FROM read_json(the gzip files, newline-delimited, types detected) + ADD PRIMARY KEY (id) + CHECKPOINT (the file written out, as the target leaves it when it exits)";

    public const string PostgresDescription = "PostgreSQL: COPY (FORMAT binary) of the files' lines, decompressed by the bench, into a jsonb temporary table, then one INSERT ... SELECT typed into a table LIKE the target's (same types, primary key), one transaction";

    private static readonly byte[] Signature = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    /// <returns>The time it took, and the processor time this process used meanwhile (DuckDB runs inside it).</returns>
    public static async Task<(TimeSpan Elapsed, TimeSpan Processor)> DuckDbAsync(string database, IReadOnlyList<string> files, TimeProvider time, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { database, database + ".wal" })
        {
            File.Delete(file);
        }

        await using var connection = new DuckDBConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var list = string.Join(", ", files.Select(f => "'" + f.Replace("'", "''", StringComparison.Ordinal) + "'"));
        var processor = Environment.CpuUsage.TotalTime;
        var started = time.GetTimestamp();
        command.CommandText = $"CREATE TABLE ceiling AS SELECT * FROM read_json([{list}], format = 'newline_delimited', compression = 'gzip')";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "ALTER TABLE ceiling ADD PRIMARY KEY (id)";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "CHECKPOINT";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (time.GetElapsedTime(started), Environment.CpuUsage.TotalTime - processor);
    }

    /// <param name="schema">The schema where the target made its table tickets, whose shape the ceiling copies.</param>
    public static async Task<TimeSpan> PostgresAsync(string connectionString, string schema, IReadOnlyList<string> files, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS \"{schema}\".ceiling; CREATE TABLE \"{schema}\".ceiling (LIKE \"{schema}\".tickets INCLUDING ALL)", cancellationToken);
        var columns = new List<(string Name, string Type)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT column_name, format_type(atttypid, atttypmod) FROM information_schema.columns JOIN pg_attribute ON attrelid = '\"{schema}\".ceiling'::regclass AND attname = column_name WHERE table_schema = '{schema}' AND table_name = 'ceiling' ORDER BY ordinal_position";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", columns.Select(c => c.Type == "jsonb" ? $"nullif(line -> '{c.Name}', 'null'::jsonb)" : $"(line ->> '{c.Name}')::{c.Type}"));
        var started = time.GetTimestamp();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "CREATE TEMPORARY TABLE lines (line jsonb) ON COMMIT DROP", cancellationToken);
        foreach (var path in files)
        {
            await using var copy = await connection.BeginRawBinaryCopyAsync("COPY lines (line) FROM STDIN (FORMAT binary)", cancellationToken);
            await Task.Run(() => CopyLines(path, copy), cancellationToken);
        }

        await ExecuteAsync(connection, $"INSERT INTO \"{schema}\".ceiling ({names}) SELECT {values} FROM lines", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return time.GetElapsedTime(started);
    }

    /// <summary>Frames each line of the decompressed file as one binary COPY row of one jsonb field (version byte 1, then the text).</summary>
    private static void CopyLines(string path, Stream copy)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var output = new BufferedStream(copy, 1 << 16);
        output.Write(Signature);
        Span<byte> frame = stackalloc byte[8];
        frame.Clear();
        output.Write(frame);
        var buffer = new byte[1 << 20];
        int start = 0, end = 0, read;
        do
        {
            read = gzip.Read(buffer, end, buffer.Length - end);
            end += read;
            int newline;
            while ((newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n')) >= 0 || (read == 0 && end > start))
            {
                var length = newline >= 0 ? newline : end - start;
                BinaryPrimitives.WriteInt16BigEndian(frame, 1);
                BinaryPrimitives.WriteInt32BigEndian(frame[2..], length + 1);
                frame[6] = 1;
                output.Write(frame[..7]);
                output.Write(buffer, start, length);
                start += newline >= 0 ? length + 1 : length;
            }

            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
        while (read > 0);

        BinaryPrimitives.WriteInt16BigEndian(frame, -1);
        output.Write(frame[..2]);
        output.Flush();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
