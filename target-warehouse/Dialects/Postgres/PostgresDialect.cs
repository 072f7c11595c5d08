using System.Data.Common;
using Npgsql;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>A PostgreSQL server: binary COPY (into the table, or into a temporary table for rows to merge) and INSERT ... ON CONFLICT.</summary>
internal sealed class PostgresDialect(PostgresSettings settings, string schema) : SqlDialect(schema)
{
    private readonly NpgsqlConnection _connection = new(settings.ConnectionString);

    private string LockKey => "target-warehouse schema " + Schema;

    public override string Description => settings.Description;

    public override int MaxIdentifierBytes => 63;

    protected override DbConnection Connection => _connection;

    /// <summary>
    /// A session advisory lock keyed by the schema: it serialises DDL with any other target loading
    /// the same schema, which PostgreSQL's IF NOT EXISTS alone does not (two CREATE SCHEMA IF NOT
    /// EXISTS at once still fail on the catalog's unique index). It is held only between batches,
    /// never while a batch transaction holds table locks, so two targets cannot deadlock on it.
    /// </summary>
    public override async Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await ExecuteAsync("SELECT pg_advisory_lock(hashtextextended($1, 0))", cancellationToken, LockKey);
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            try
            {
                await ExecuteAsync("SELECT pg_advisory_unlock(hashtextextended($1, 0))", CancellationToken.None, LockKey);
            }
            catch (NpgsqlException)
            {
                // A connection that broke took its lock with it; the failure that matters is the work's.
            }
        }
    }

    protected override async Task OpenConnectionAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await ExecuteAsync("SET TimeZone = 'UTC'", cancellationToken);
    }

    protected override string SqlType(ColumnType type) => PostgresTypes.SqlType(type);

    protected override ColumnType ParseType(string dataType, int? scale) => PostgresTypes.Parse(dataType, scale);

    protected override string CastForWidening(string quotedColumn, ColumnType type) =>
        type.Kind == ColumnKind.Text ? $"{quotedColumn}::text" : base.CastForWidening(quotedColumn, type);

    protected override Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken) =>
        PostgresStageWriter.WriteAsync(_connection, Identifiers.Quote(stage), columns, batch, rows, cancellationToken);

    protected override Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken) =>
        PostgresStageWriter.WriteAsync(_connection, Qualified(load.Table.Name), load.Table.Columns, load.Rows, rows, cancellationToken);

    protected override async Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        // The batch's keys go over as one array per key column; the server answers with the
        // positions of those already in the table, using the key's index.
        var columns = key.Select(k => load.Table.Columns.Select((c, i) => (c, i)).First(p => p.c.Name == k)).ToList();
        var unnest = string.Join(", ", columns.Select((p, n) => $"${n + 1}::{SqlType(p.c.Type)}[]"));
        var aliases = string.Join(", ", columns.Select((_, n) => $"k{n}"));
        var match = string.Join(" AND ", columns.Select((p, n) => $"t.{Identifiers.Quote(p.c.Name)} = u.k{n}"));
        var values = columns.Select(p => PostgresKeyArrays.For(load.Rows.Columns[p.i], load.Rows.Count)).ToArray();
        await using var command = Command(
            $"SELECT u.ord - 1 FROM unnest({unnest}) WITH ORDINALITY AS u({aliases}, ord) WHERE EXISTS (SELECT 1 FROM {Qualified(load.Table.Name)} AS t WHERE {match})",
            values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var existing = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add((int)reader.GetInt64(0));
        }

        return existing;
    }

    /// <summary>
    /// An index on an append-only table's key, so that a batch's keys are looked up rather than the
    /// whole table read for every batch. Made with the table's first such batch, and kept.
    /// </summary>
    protected override async Task PrepareKeyLookupAsync(string table, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        var index = Identifiers.Quote("tw_key_" + Identifiers.Hash(table));
        var columns = string.Join(", ", key.Select(Identifiers.Quote));
        try
        {
            await ExecuteAsync($"CREATE INDEX IF NOT EXISTS {index} ON {Qualified(table)} ({columns})", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation)
        {
            // Another target made it at the same moment.
        }
    }
}
