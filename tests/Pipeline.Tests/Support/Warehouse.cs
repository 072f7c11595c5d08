using System.Data.Common;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>A real database the target loads into, read back with the engine's own client.</summary>
internal abstract class Warehouse : IAsyncDisposable
{
    public abstract string Name { get; }

    public abstract string Schema { get; }

    /// <summary>The keys that point target-warehouse at this database (laid over target.json.example).</summary>
    public abstract JsonObject ConnectionConfig();

    public async Task<IReadOnlyList<string>> TablesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{Schema}' AND table_name NOT IN ('_sdc_table_names', '_sdc_column_names') ORDER BY table_name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async Task<TableData> ReadAsync(string table, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Qualified(table)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return new TableData(columns, rows);
    }

    public abstract ValueTask DisposeAsync();

    protected virtual string Qualified(string table) => $"\"{Schema}\".\"{table}\"";

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
