using System.Data.Common;
using System.Globalization;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// What DuckDB and PostgreSQL share: both speak this SQL (quoted identifiers, information_schema,
/// ON CONFLICT, positional $n parameters). Engines supply the types, the bulk path and the merge.
/// </summary>
internal abstract partial class SqlDialect(string schema) : IDialect
{
    private DbTransaction? _transaction;

    public abstract string Description { get; }

    public abstract int MaxIdentifierBytes { get; }

    public virtual int QueuedBatches => 1;

    protected string Schema { get; } = schema;

    protected abstract DbConnection Connection { get; }

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await OpenConnectionAsync(cancellationToken);
        await UnderSchemaLockAsync(
            async ct =>
            {
                await ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {QualifiedSchema}", ct);
                await CreateBookkeepingAsync(ct);
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs changes to the schema's tables one target at a time: two targets that create or alter the
    /// same table at once would otherwise collide in the engine's catalog. The default takes no lock.
    /// </summary>
    public virtual Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) => work(cancellationToken);

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
                    await ExecuteAsync($"ALTER TABLE {Qualified(table)} ADD COLUMN IF NOT EXISTS {Identifiers.Quote(column.Name)} {SqlType(column.Type)}", ct);
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

    /// <summary>The engine's type for the bookkeeping tables' names.</summary>
    protected string TextType => SqlType(ColumnType.Text);

    /// <summary>The expression that converts a column's old values when its type widens.</summary>
    protected virtual string CastForWidening(string quotedColumn, ColumnType type) => $"{quotedColumn}::{SqlType(type)}";

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
}
