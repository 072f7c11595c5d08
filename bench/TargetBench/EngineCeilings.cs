using DuckDB.NET.Data;
using Npgsql;

namespace Zendesk.Singer.Bench.Target;

/// <summary>The engines loading the same records by themselves: the most a loader in front of them can hope for.</summary>
internal static class EngineCeilings
{
    public static async Task<TimeSpan> DuckDbReadJsonAsync(string database, string jsonLines, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = new DuckDBConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TABLE ceiling AS SELECT * FROM read_json('{jsonLines.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited')";
        var started = time.GetTimestamp();
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "ALTER TABLE ceiling ADD PRIMARY KEY (id)";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return time.GetElapsedTime(started);
    }

    /// <summary>COPY of the CSV into a table shaped like the one the target built (same types, same key).</summary>
    public static async Task<TimeSpan> PostgresCopyAsync(string connectionString, string schema, string csv, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"DROP TABLE IF EXISTS \"{schema}\".ceiling; CREATE TABLE \"{schema}\".ceiling (LIKE \"{schema}\".tickets INCLUDING ALL)";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var columns = string.Join(", ", TicketFiles.Columns.Select(c => $"\"{c}\""));
        var started = time.GetTimestamp();
        await using (var writer = await connection.BeginTextImportAsync($"COPY \"{schema}\".ceiling ({columns}) FROM STDIN (FORMAT csv)", cancellationToken))
        {
            using var reader = new StreamReader(csv);
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        return time.GetElapsedTime(started);
    }
}
