using DuckDB.NET.Data;
using Npgsql;

namespace Zendesk.Singer.Bench.Target;

/// <summary>The engines loading the same records by themselves: the most a loader in front of them can hope for.</summary>
internal static class EngineCeilings
{
    /// <summary>Starts a PostgreSQL run from an empty schema.</summary>
    public static async Task DropSchemaAsync(string connectionString, string schema, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE";
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Task<TimeSpan> DuckDbReadJsonAsync(string database, string jsonLines, TimeProvider time, CancellationToken cancellationToken) =>
        DuckDbTimedAsync(database, time, cancellationToken, $"CREATE OR REPLACE TABLE ceiling AS SELECT * FROM {DuckDbReadJson.Of(jsonLines)}", "ALTER TABLE ceiling ADD PRIMARY KEY (id)");

    /// <summary>DuckDB's own upsert of the changed records into the table <see cref="DuckDbReadJsonAsync"/> loaded.</summary>
    public static Task<TimeSpan> DuckDbReadJsonUpsertAsync(string database, string jsonLines, TimeProvider time, CancellationToken cancellationToken) =>
        DuckDbTimedAsync(database, time, cancellationToken, $"INSERT OR REPLACE INTO ceiling SELECT * FROM {DuckDbReadJson.Of(jsonLines)}");

    /// <summary>PostgreSQL's own upsert of the changed records: COPY into a temporary table, then INSERT ... ON CONFLICT into the table <see cref="PostgresCopyAsync"/> loaded.</summary>
    public static async Task<TimeSpan> PostgresCopyUpsertAsync(string connectionString, string schema, string csv, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var started = time.GetTimestamp();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE TEMPORARY TABLE changed (LIKE \"{schema}\".ceiling) ON COMMIT DROP";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await CopyCsvAsync(connection, "changed", csv, cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            var updates = string.Join(", ", TicketFiles.Columns.Where(c => c != "id").Select(c => $"\"{c}\" = excluded.\"{c}\""));
            command.CommandText = $"INSERT INTO \"{schema}\".ceiling SELECT * FROM changed ON CONFLICT (id) DO UPDATE SET {updates}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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

        var started = time.GetTimestamp();
        await CopyCsvAsync(connection, $"\"{schema}\".ceiling", csv, cancellationToken);
        return time.GetElapsedTime(started);
    }

    /// <summary>Runs the statements on the database and times them, not the opening.</summary>
    private static async Task<TimeSpan> DuckDbTimedAsync(string database, TimeProvider time, CancellationToken cancellationToken, params string[] statements)
    {
        await using var connection = new DuckDBConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var started = time.GetTimestamp();
        foreach (var statement in statements)
        {
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return time.GetElapsedTime(started);
    }

    private static async Task CopyCsvAsync(NpgsqlConnection connection, string table, string csv, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", TicketFiles.Columns.Select(c => $"\"{c}\""));
        await using var writer = await connection.BeginTextImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT csv)", cancellationToken);
        using var reader = new StreamReader(csv);
        var buffer = new char[1 << 16];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
