using System.Data.Common;
using DuckDB.NET.Data;
using Zendesk.Singer.Target.Loading;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>An embedded DuckDB file: created when absent, loaded through the appender and ON CONFLICT.</summary>
internal sealed class DuckDbDialect(string path, string schema) : SqlDialect(schema)
{
    private const string KeyStage = "tw_keys";

    private readonly DuckDBConnection _connection = new($"Data Source={path}");
    private readonly Dictionary<string, string> _keyStages = new(StringComparer.Ordinal);
    private string _catalog = "memory";

    public override string Description => $"DuckDB file '{path}'";

    // DuckDB has no short limit, but names are cut where PostgreSQL cuts them so that both engines
    // give a stream the same table.
    public override int MaxIdentifierBytes => 63;

    protected override DbConnection Connection => _connection;

    // The file's own catalog is named after it: zendesk.duckdb holding schema zendesk makes a bare
    // "zendesk" ambiguous, so every name carries the catalog.
    protected override string QualifiedSchema => Identifiers.Quote(_catalog) + "." + Identifiers.Quote(Schema);

    protected override string CatalogCondition(string column) => $" AND {column} = current_database()";

    protected override async Task OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await _connection.OpenAsync(cancellationToken);

        // Timestamps are bound as UTC instants; a UTC session keeps every TIMESTAMP ↔ TIMESTAMPTZ cast exact.
        await ExecuteAsync("SET TimeZone = 'UTC'", cancellationToken);

        // At DuckDB's default of 16 MB of WAL a checkpoint (which rewrites the primary-key index)
        // follows nearly every batch; 64 MB keeps commits cheap while the data waiting for the
        // checkpoint, which DuckDB holds in memory, stays small.
        await ExecuteAsync("SET checkpoint_threshold = '64MB'", cancellationToken);
        await using var command = Command("SELECT current_database()");
        _catalog = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    protected override string SqlType(ColumnType type) => DuckDbTypes.SqlType(type);

    protected override ColumnType ParseType(string dataType, int? scale) => DuckDbTypes.Parse(dataType);

    protected override Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken)
    {
        using var appender = _connection.CreateAppender("temp", "main", stage);
        DuckDbStageWriter.Write(appender, batch, [.. Enumerable.Range(0, columns.Count)], rows, cancellationToken);
        return Task.CompletedTask;
    }

    protected override Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken)
    {
        // The appender fills every column of the table in its own order; columns the batch lacks get NULL.
        var batchColumns = load.Table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        int[] map = [.. load.Current.Columns.Select(c => batchColumns.TryGetValue(c.Name, out var i) ? i : DuckDbStageWriter.Null)];
        using var appender = _connection.CreateAppender(_catalog, Schema, load.Table.Name);
        DuckDbStageWriter.Write(appender, load.Rows, map, rows, cancellationToken);
        return Task.CompletedTask;
    }

    protected override async Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        var key = load.Table.PrimaryKey;
        var keyColumns = key.Select(k => load.Table.Columns.First(c => c.Name == k)).ToList();
        var stage = await KeyStageAsync(keyColumns, cancellationToken);
        await ExecuteAsync($"TRUNCATE TABLE {Identifiers.Quote(stage)}", cancellationToken);
        var batchIndex = load.Table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        using (var appender = _connection.CreateAppender("temp", "main", stage))
        {
            DuckDbStageWriter.Write(appender, load.Rows, [DuckDbStageWriter.RowOrdinal, .. key.Select(k => batchIndex[k])], null, cancellationToken);
        }

        var match = string.Join(" AND ", key.Select(Identifiers.Quote).Select(k => $"t.{k} = s.{k}"));
        await using var command = Command($"SELECT s.ord FROM {Identifiers.Quote(stage)} AS s JOIN {Qualified(load.Table.Name)} AS t ON {match}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var existing = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add((int)reader.GetInt64(0));
        }

        return existing;
    }

    private async Task<string> KeyStageAsync(List<ColumnDefinition> keyColumns, CancellationToken cancellationToken)
    {
        var signature = "ord BIGINT, " + string.Join(", ", keyColumns.Select(c => $"{Identifiers.Quote(c.Name)} {SqlType(c.Type)}"));
        if (!_keyStages.TryGetValue(signature, out var name))
        {
            name = $"{KeyStage}_{_keyStages.Count + 1}";
            await ExecuteAsync($"CREATE OR REPLACE TEMPORARY TABLE {Identifiers.Quote(name)} ({signature})", cancellationToken);
            _keyStages[signature] = name;
        }

        return name;
    }
}
