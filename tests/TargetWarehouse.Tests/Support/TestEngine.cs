using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>A real engine for one test: its own DuckDB file or its own PostgreSQL schema, read back engine-neutrally.</summary>
internal abstract class TestEngine : IAsyncDisposable
{
    public abstract string Schema { get; }

    public static TestEngine Create(EngineKind kind) => kind switch
    {
        EngineKind.Postgres => new PostgresTestEngine(),
        _ => new DuckDbTestEngine(),
    };

    /// <summary>The target config that points at this engine; tests add their own keys.</summary>
    public abstract JsonObject Config();

    /// <summary>The tables of loaded streams, without the target's bookkeeping of names.</summary>
    public async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using var connection = await OpenAsync();
        return await ListAsync(connection, $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{Schema}'{CatalogFilter} AND table_name NOT IN ('_sdc_table_names', '_sdc_column_names') ORDER BY table_name");
    }

    public async Task<IReadOnlyList<string>> PrimaryKeyAsync(string table)
    {
        await using var connection = await OpenAsync();
        return await ListAsync(
            connection,
            $"""
            SELECT kcu.column_name FROM information_schema.table_constraints AS tc
            JOIN information_schema.key_column_usage AS kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
            WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = '{Schema}' AND tc.table_name = '{table}'
            ORDER BY kcu.column_name
            """);
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {Qualified(table)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every column with its logical type, and every row sorted, so that both engines compare equal.</summary>
    public async Task<TableDump> DumpAsync(string table)
    {
        await using var connection = await OpenAsync();
        var columns = new List<(string Name, string Type)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT column_name, data_type, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_schema = '{Schema}' AND table_name = '{table}'{CatalogFilter} ORDER BY ordinal_position";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), LogicalType(reader.GetString(1), reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture))));
            }
        }

        columns.ShouldNotBeEmpty($"table {Schema}.{table} does not exist");
        var rows = new List<string?[]>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Qualified(table)}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add([.. columns.Select((c, i) => ValueText.Render(reader.GetValue(i), c.Type))]);
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b)));
        return new TableDump(columns, rows);
    }

    public abstract ValueTask DisposeAsync();

    public abstract Task<DbConnection> OpenAsync();

    protected virtual string CatalogFilter => string.Empty;

    protected abstract string LogicalType(string dataType, int? scale);

    protected string Qualified(string table) => $"{Quote(Schema)}.{Quote(table)}";

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string SortKey(string?[] row) => string.Join("\u0001", row.Select(v => v ?? "\u0000"));

    private static async Task<IReadOnlyList<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
