using System.Data.Common;
using System.Globalization;
using Zendesk.Singer.Target.Loading;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// What DuckDB and PostgreSQL share: both speak this SQL (quoted identifiers, information_schema,
/// ON CONFLICT, positional $n parameters). Engines supply the types, the bulk path and the merge.
/// </summary>
internal abstract class SqlDialect(string schema) : IDialect
{
    private readonly Dictionary<string, (string Name, string Signature)> _stages = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;

    public abstract string Description { get; }

    public abstract int MaxIdentifierBytes { get; }

    protected string Schema { get; } = schema;

    protected abstract DbConnection Connection { get; }

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await OpenConnectionAsync(cancellationToken);
        await ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {QualifiedSchema}", cancellationToken);
    }

    public async Task<TableInfo?> DescribeTableAsync(string table, CancellationToken cancellationToken)
    {
        var columns = new List<ColumnDefinition>();
        await using (var command = Command(
            $"SELECT column_name, data_type, numeric_scale FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2{CatalogCondition("table_catalog")} ORDER BY ordinal_position",
            Schema,
            table))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                int? scale = reader.IsDBNull(2) ? null : Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                columns.Add(new ColumnDefinition(reader.GetString(0), ParseType(reader.GetString(1), scale)));
            }
        }

        if (columns.Count == 0)
        {
            return null;
        }

        var key = new List<string>();
        await using (var command = Command(
            $"""
            SELECT kcu.column_name
            FROM information_schema.table_constraints AS tc
            JOIN information_schema.key_column_usage AS kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
            WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = $1 AND tc.table_name = $2{CatalogCondition("tc.table_catalog")}
            ORDER BY kcu.ordinal_position
            """,
            Schema,
            table))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                key.Add(reader.GetString(0));
            }
        }

        return new TableInfo(columns, key);
    }

    public async Task<bool> HasRowsAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT EXISTS (SELECT 1 FROM {Qualified(table)})");
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task CreateTableAsync(TableDefinition table, bool replace, CancellationToken cancellationToken)
    {
        await InTransactionAsync(
            async ct =>
            {
                if (replace)
                {
                    await ExecuteAsync($"DROP TABLE IF EXISTS {Qualified(table.Name)}", ct);
                }

                await ExecuteAsync(SqlText.CreateTable(Qualified(table.Name), table, SqlType), ct);
            },
            cancellationToken);
    }

    public async Task AlterTableAsync(string table, IReadOnlyList<ColumnDefinition> added, IReadOnlyList<ColumnDefinition> widened, CancellationToken cancellationToken)
    {
        await InTransactionAsync(
            async ct =>
            {
                foreach (var column in added)
                {
                    await ExecuteAsync($"ALTER TABLE {Qualified(table)} ADD COLUMN {Identifiers.Quote(column.Name)} {SqlType(column.Type)}", ct);
                }

                foreach (var column in widened)
                {
                    var name = Identifiers.Quote(column.Name);
                    var type = SqlType(column.Type);
                    await ExecuteAsync($"ALTER TABLE {Qualified(table)} ALTER COLUMN {name} TYPE {type} USING {CastForWidening(name, column.Type)}", ct);
                }
            },
            cancellationToken);
    }

    public async Task<LoadCounts> LoadAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        var direct = WritesDirectly(load);
        var staged = !direct || (load.Upsert && load.DeleteFlagColumn >= 0);
        var stage = staged || load.Upsert ? await PrepareStageAsync(load.Table, cancellationToken) : null;
        LoadCounts counts = default;
        await InTransactionAsync(
            async ct =>
            {
                await ResetAsync(load, ct);
                counts = staged ? await LoadThroughStageAsync(load, stage!, ct) : await LoadDirectlyAsync(load, stage, ct);
            },
            cancellationToken);
        return counts;
    }

    public async Task<long> RetireOlderVersionsAsync(string table, long version, DateTime? softDeleteAt, CancellationToken cancellationToken)
    {
        var versionColumn = Identifiers.Quote(MetadataColumns.TableVersionName);
        var older = $"({versionColumn} IS NULL OR {versionColumn} < $1)";
        if (softDeleteAt is { } at)
        {
            var deletedAt = Identifiers.Quote(MetadataColumns.DeletedAtName);
            return await ExecuteAsync($"UPDATE {Qualified(table)} SET {deletedAt} = $2 WHERE {older} AND {deletedAt} IS NULL", cancellationToken, version, at);
        }

        return await ExecuteAsync($"DELETE FROM {Qualified(table)} WHERE {older}", cancellationToken, version);
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task OpenConnectionAsync(CancellationToken cancellationToken);

    protected abstract string SqlType(ColumnType type);

    protected abstract ColumnType ParseType(string dataType, int? scale);

    /// <summary>The expression that converts a column's old values when its type widens.</summary>
    protected virtual string CastForWidening(string quotedColumn, ColumnType type) => $"{quotedColumn}::{SqlType(type)}";

    /// <param name="stage">The staging table's unquoted name.</param>
    /// <param name="rows">The batch rows to write, or null for all of them.</param>
    protected abstract Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken);

    /// <summary>Bulk-writes rows (all, or those listed in <paramref name="rows"/>) straight into the target table.</summary>
    protected abstract Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken);

    /// <summary>The batch rows whose key is already in the table.</summary>
    protected abstract Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, CancellationToken cancellationToken);

    /// <summary>The schema as SQL names it, qualified where the engine needs that.</summary>
    protected virtual string QualifiedSchema => Identifiers.Quote(Schema);

    protected string Qualified(string table) => QualifiedSchema + "." + Identifiers.Quote(table);

    /// <summary>An extra information_schema condition that keeps to the database being loaded.</summary>
    protected virtual string CatalogCondition(string column) => string.Empty;

    protected DbCommand Command(string sql, params object?[] values)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var value in values)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    protected async Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = await Connection.BeginTransactionAsync(cancellationToken);
        _transaction = transaction;
        try
        {
            await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <summary>One temporary staging table per target table, recreated only when the batch's columns change.</summary>
    /// <returns>The stage's unquoted name.</returns>
    private async Task<string> PrepareStageAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        var signature = string.Join(", ", table.Columns.Select(c => $"{Identifiers.Quote(c.Name)} {SqlType(c.Type)}"));
        string name;
        if (_stages.TryGetValue(table.Name, out var stage))
        {
            if (stage.Signature == signature)
            {
                return stage.Name;
            }

            name = stage.Name;
        }
        else
        {
            name = string.Create(CultureInfo.InvariantCulture, $"tw_stage_{_stages.Count + 1}");
        }

        await ExecuteAsync($"DROP TABLE IF EXISTS {Identifiers.Quote(name)}", cancellationToken);
        await ExecuteAsync($"CREATE TEMPORARY TABLE {Identifiers.Quote(name)} ({signature})", cancellationToken);
        _stages[table.Name] = (name, signature);
        return name;
    }

    private async Task ResetAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        var table = Qualified(load.Table.Name);
        if (load.Reset == TableReset.Recreate)
        {
            await ExecuteAsync($"DROP TABLE IF EXISTS {table}", cancellationToken);
            await ExecuteAsync(SqlText.CreateTable(table, load.Table, SqlType), cancellationToken);
        }
        else if (load.Reset == TableReset.Truncate)
        {
            await ExecuteAsync($"DELETE FROM {table}", cancellationToken);
        }
    }

    /// <summary>
    /// The fast path: rows whose key is new (all rows, when appending) go straight into the table
    /// through the engine's bulk path; only rows whose key exists pass through the stage and the merge.
    /// </summary>
    private async Task<LoadCounts> LoadDirectlyAsync(BatchLoad load, string? stage, CancellationToken cancellationToken)
    {
        if (!load.Upsert)
        {
            await WriteTableAsync(load, null, cancellationToken);
            return new LoadCounts(0, 0, load.Rows.Count, 0);
        }

        var existing = load.Reset == TableReset.None && load.Rows.Count > 0
            ? await ExistingRowsAsync(load, cancellationToken)
            : [];
        if (existing.Count == 0)
        {
            await WriteTableAsync(load, null, cancellationToken);
            return new LoadCounts(load.Rows.Count, 0, 0, 0);
        }

        var isExisting = new bool[load.Rows.Count];
        foreach (var row in existing)
        {
            isExisting[row] = true;
        }

        int[] fresh = [.. Enumerable.Range(0, load.Rows.Count).Where(r => !isExisting[r])];
        if (fresh.Length > 0)
        {
            await WriteTableAsync(load, fresh, cancellationToken);
        }

        await ExecuteAsync($"TRUNCATE TABLE {Identifiers.Quote(stage!)}", cancellationToken);
        await WriteStageAsync(stage!, load.Table.Columns, load.Rows, [.. existing], cancellationToken);
        await ExecuteAsync(SqlText.Upsert(Qualified(load.Table.Name), load.Table, Identifiers.Quote(stage!), "TRUE"), cancellationToken);
        return new LoadCounts(fresh.Length, existing.Count, 0, 0);
    }

    /// <summary>The general path: every row through the stage, then one merge (or append) from it.</summary>
    private async Task<LoadCounts> LoadThroughStageAsync(BatchLoad load, string stageName, CancellationToken cancellationToken)
    {
        var table = Qualified(load.Table.Name);
        var stage = Identifiers.Quote(stageName);
        await ExecuteAsync($"TRUNCATE TABLE {stage}", cancellationToken);
        await WriteStageAsync(stageName, load.Table.Columns, load.Rows, null, cancellationToken);
        var columns = SqlText.ColumnList(load.Table);
        if (!load.Upsert)
        {
            var appended = await ExecuteAsync($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage}", cancellationToken);
            return new LoadCounts(0, 0, appended, 0);
        }

        var flag = load.DeleteFlagColumn >= 0 ? Identifiers.Quote(load.Table.Columns[load.DeleteFlagColumn].Name) : null;
        var keep = flag is null ? "TRUE" : $"s.{flag} IS NULL";
        var keyMatch = SqlText.KeyMatch(load.Table);
        var updated = await ScalarAsync($"SELECT count(*) FROM {stage} AS s WHERE {keep} AND EXISTS (SELECT 1 FROM {table} AS t WHERE {keyMatch})", cancellationToken);
        var touched = await ExecuteAsync(SqlText.Upsert(table, load.Table, stage, keep), cancellationToken);
        long deleted = 0;
        if (flag is not null)
        {
            deleted = await ExecuteAsync($"DELETE FROM {table} AS t WHERE EXISTS (SELECT 1 FROM {stage} AS s WHERE {keyMatch} AND s.{flag} IS NOT NULL)", cancellationToken);
        }

        return new LoadCounts(touched - updated, updated, 0, deleted);
    }

    /// <summary>Rows go straight into the table only where every batch column has exactly the table's type.</summary>
    private static bool WritesDirectly(BatchLoad load)
    {
        var current = load.Current.Types;
        return load.Table.Columns.All(c => current.TryGetValue(c.Name, out var type) && type == c.Type)
            && load.Current.Columns.Count == current.Count;
    }
}
