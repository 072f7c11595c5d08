using Npgsql;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>A PostgreSQL server: binary COPY (into the table, or into a temporary table for rows to merge) and INSERT ... ON CONFLICT.</summary>
internal sealed class PostgresEngine : IEngine
{
    private readonly PostgresSettings _settings;
    private readonly NpgsqlConnection _connection;
    private readonly PostgresStages _stages;

    public PostgresEngine(PostgresSettings settings, string schema)
    {
        _settings = settings;
        _connection = new NpgsqlConnection(settings.ConnectionString);
        Session = new SqlSession(_connection);
        Schema = schema;
        _stages = new PostgresStages(Session, SqlType);
    }

    public string Description => _settings.Description;

    public int MaxIdentifierBytes => 63;

    public int QueuedBatches => 1;

    public string Schema { get; }

    public string QualifiedSchema => Identifiers.Quote(Schema);

    public SqlSession Session { get; }

    private string LockKey => "target-warehouse schema " + Schema;

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await Session.ExecuteAsync("SET TimeZone = 'UTC'", cancellationToken);
    }

    /// <summary>
    /// A session advisory lock keyed by the schema: it serialises DDL with any other target loading
    /// the same schema, which PostgreSQL's IF NOT EXISTS alone does not (two CREATE SCHEMA IF NOT
    /// EXISTS at once still fail on the catalog's unique index). It is held only between batches,
    /// never while a batch transaction holds table locks, so two targets cannot deadlock on it.
    /// </summary>
    public async Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await Session.ExecuteAsync("SELECT pg_advisory_lock(hashtextextended($1, 0))", cancellationToken, LockKey);
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            try
            {
                await Session.ExecuteAsync("SELECT pg_advisory_unlock(hashtextextended($1, 0))", CancellationToken.None, LockKey);
            }
            catch (NpgsqlException)
            {
                // A connection that broke took its lock with it; the failure that matters is the work's.
            }
        }
    }

    public string SqlType(ColumnType type) => PostgresTypes.SqlType(type);

    public ColumnType ParseType(string dataType, int? scale) => PostgresTypes.Parse(dataType, scale);

    public string CastForWidening(string quotedColumn, ColumnType type) =>
        type.Kind == ColumnKind.Text ? $"{quotedColumn}::text" : $"{quotedColumn}::{SqlType(type)}";

    public string CatalogCondition(string column) => string.Empty;

    public Task<string> PrepareStageAsync(TableDefinition table, CancellationToken cancellationToken) => _stages.PrepareAsync(table, cancellationToken);

    public Task EmptyStageAsync(string stage, TableDefinition table, CancellationToken cancellationToken) => _stages.EmptyAsync(stage, cancellationToken);

    public Task ReleaseStageAsync(string stage, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken) =>
        PostgresBinaryCopy.WriteAsync(_connection, Identifiers.Quote(stage), columns, batch, rows, cancellationToken);

    public Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken) =>
        PostgresBinaryCopy.WriteAsync(_connection, Qualified(load.Table.Name), load.Table.Columns, load.Rows, rows, cancellationToken);

    public bool IsDuplicateKey(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // Class 53, insufficient resources: out of memory, disk full, too many connections. The server's
    // own message says which.
    public string? OutOfResources(Exception exception) =>
        exception is PostgresException { SqlState: ['5', '3', ..] } ? exception.Message : null;

    public async Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        // The batch's keys go over as one array per key column; the server answers with the
        // positions of those already in the table, using the key's index.
        var columns = key.Select(k => load.Table.Columns.Select((c, i) => (c, i)).First(p => p.c.Name == k)).ToList();
        var unnest = string.Join(", ", columns.Select((p, n) => $"${n + 1}::{SqlType(p.c.Type)}[]"));
        var aliases = string.Join(", ", columns.Select((_, n) => $"k{n}"));
        var match = string.Join(" AND ", columns.Select((p, n) => $"t.{Identifiers.Quote(p.c.Name)} = u.k{n}"));
        var values = columns.Select(p => PostgresKeyArrays.For(load.Rows.Columns[p.i], load.Rows.Count)).ToArray();
        await using var command = Session.Command(
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

    public Task<long> UpdateExistingAsync(BatchLoad load, string stage, CancellationToken cancellationToken) =>
        Session.ExecuteAsync(SqlText.Upsert(Qualified(load.Table.Name), load.Table, stage, "TRUE"), cancellationToken);

    public Task<string> OpenFilesAsync(FileLoad load, CancellationToken cancellationToken) => PostgresFileCopy.CopyAsync(_connection, Session, load, cancellationToken);

    public string FileValue(IReadOnlyList<string> path, ColumnType type) => PostgresFileCopy.Value(path, type);

    public string FilePart(FileLoad load) => PostgresFileCopy.Part;

    /// <summary>A stage filled by one INSERT from one table's scan holds its rows in that order.</summary>
    public Task DropStagedDuplicatesAsync(string stage, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        var quoted = Identifiers.Quote(stage);
        var match = string.Join(" AND ", key.Select(Identifiers.Quote).Select(k => $"a.{k} = b.{k}"));
        return Session.ExecuteAsync($"DELETE FROM {quoted} AS a USING {quoted} AS b WHERE {match} AND b.ctid > a.ctid", cancellationToken);
    }

    /// <summary>
    /// An index on an append-only table's key, so that a batch's keys are looked up rather than the
    /// whole table read for every batch. Made with the table's first such batch, and kept.
    /// </summary>
    public async Task PrepareKeyLookupAsync(string table, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        var index = Identifiers.Quote("tw_key_" + Identifiers.Hash(table));
        var columns = string.Join(", ", key.Select(Identifiers.Quote));
        try
        {
            await Session.ExecuteAsync($"CREATE INDEX IF NOT EXISTS {index} ON {Qualified(table)} ({columns})", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation)
        {
            // Another target made it at the same moment.
        }
    }

    public Task BeforeLoadAsync(BatchLoad load, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task BeforeFileLoadAsync(FileLoad load, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AfterFileLoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AfterLoadAsync(bool rowsHeld, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => Session.DisposeAsync();

    private string Qualified(string table) => SqlText.Qualified(QualifiedSchema, table);
}
