using System.Collections.Concurrent;
using System.Data;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// An embedded DuckDB file, opened through <see cref="DuckDbFiles"/>: created when absent, loaded
/// through the appender; rows of existing keys are replaced from a stage. Stages are temporary
/// tables created for one batch and dropped with it: DuckDB never reclaims the space of rows
/// deleted from a temporary table (TRUNCATE included), so a stage kept for the session grew by a
/// whole batch every time, all of it in memory.
/// </summary>
internal sealed class DuckDbEngine : IEngine
{
    private const string Stage = "tw_stage";
    private const string KeyStage = "tw_keys";

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> DdlGates = new(StringComparer.Ordinal);

    private readonly string _path;
    private readonly int? _rowGroupRows;
    private string _catalog = "memory";
    private bool _fileLoadThreads;

    /// <param name="releaseThreshold">In-place update memory past which the database is closed and opened again between batches.</param>
    /// <param name="memoryLimitBytes">A memory limit that stays as given; null sizes it from the work.</param>
    /// <param name="rowGroupRows">The row-group size new rows are written in (see <see cref="DuckDbSettings.RowGroupRows"/>); null for DuckDB's own.</param>
    public DuckDbEngine(string path, string schema, long releaseThreshold = DuckDbSettings.ReleaseThresholdBytes, long? memoryLimitBytes = null, int? rowGroupRows = null)
    {
        _path = path;
        _rowGroupRows = rowGroupRows;
        Schema = schema;
        Session = new SqlSession(new DuckDBConnection());
        Memory = new DuckDbMemoryPolicy(Session, ReopenAsync, releaseThreshold, memoryLimitBytes);
    }

    public string Description => $"DuckDB file '{_path}'";

    // DuckDB has no short limit, but names are cut where PostgreSQL cuts them so that both engines
    // give a stream the same table.
    public int MaxIdentifierBytes => 63;

    // Every checkpoint (about every sixth batch of tickets) makes one commit several times longer
    // than the others; a second batch queued behind it keeps the reader busy meanwhile. A third
    // made a million tickets no faster once records were parsed in one pass, and held 25 to 30 MB
    // more.
    public int QueuedBatches => 2;

    public string Schema { get; }

    // The file's own catalog is named after it: zendesk.duckdb holding schema zendesk makes a bare
    // "zendesk" ambiguous, so every name carries the catalog.
    public string QualifiedSchema => Identifiers.Quote(_catalog) + "." + Identifiers.Quote(Schema);

    public SqlSession Session { get; }

    /// <summary>How the engine keeps DuckDB's memory bounded between and around batches.</summary>
    public DuckDbMemoryPolicy Memory { get; }

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(_path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        LogReplay = File.Exists(_path + ".wal") && !DuckDbFiles.IsOpen(_path) ? await ReplayUnderLimitAsync(cancellationToken) : LogReplay.None;
        var closed = Session.Connection;
        Session.Reconnect(await DuckDbFiles.ConnectAsync(_path, _rowGroupRows, memoryLimitBytes: null, cancellationToken));
        await closed.DisposeAsync();
        if (LogReplay == LogReplay.WithoutLimit)
        {
            // Written out before the memory limit applies, the replayed changes do not fill it.
            await Session.ExecuteAsync("CHECKPOINT", cancellationToken);
        }

        foreach (var setting in DuckDbSettings.Session(Environment.ProcessorCount, Memory.MemoryLimitBytes))
        {
            await Session.ExecuteAsync(setting, cancellationToken);
        }

        await using var command = Session.Command("SELECT current_database()");
        _catalog = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>How the write-ahead log a stopped run left was replayed when the database last opened.</summary>
    public LogReplay LogReplay { get; private set; }

    /// <summary>
    /// A run that was stopped leaves its last changes in the write-ahead log, which opening replays
    /// into memory: without a limit, about twice the log's size. A connection of its own opens the
    /// file under twice the cap, so that the replay spills to the temporary file, and checkpoints
    /// it without the limit, since a checkpoint that fails for want of memory is fatal to DuckDB
    /// (it took no more memory than one under the limit). A log the limit cannot hold
    /// (the indexes of many tables stay in memory) fails to open, untouched, and the target's own
    /// connection replays it then, as it opens.
    /// </summary>
    private async Task<LogReplay> ReplayUnderLimitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var replay = new SqlSession(await DuckDbFiles.ConnectAsync(_path, rowGroupRows: null, 2 * Memory.MemoryLimitBytes, cancellationToken));
            await replay.ExecuteAsync("RESET memory_limit", cancellationToken);
            await replay.ExecuteAsync("CHECKPOINT", cancellationToken);
            return LogReplay.UnderLimit;
        }
        catch (DuckDBException e) when (Memory.OutOfMemory(e) is not null)
        {
            return LogReplay.WithoutLimit;
        }
    }

    /// <summary>
    /// Only one process writes a DuckDB file, but connections of one process share the database, and
    /// two of them changing its catalog at once fail with a write-write conflict: they take turns.
    /// </summary>
    public async Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = DdlGates.GetOrAdd(Path.GetFullPath(_path), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public string SqlType(ColumnType type) => DuckDbTypes.SqlType(type);

    public ColumnType ParseType(string dataType, int? scale) => DuckDbTypes.Parse(dataType);

    public string CastForWidening(string quotedColumn, ColumnType type) => $"{quotedColumn}::{SqlType(type)}";

    public string CatalogCondition(string column) => $" AND {column} = current_database()";

    public Task<string> PrepareStageAsync(TableDefinition table, CancellationToken cancellationToken) => Task.FromResult(Stage);

    public Task EmptyStageAsync(string stage, TableDefinition table, CancellationToken cancellationToken) =>
        Session.ExecuteAsync($"CREATE OR REPLACE TEMPORARY TABLE {Identifiers.Quote(stage)} ({SqlText.StageColumns(table, SqlType)})", cancellationToken);

    public Task ReleaseStageAsync(string stage, CancellationToken cancellationToken) =>
        Session.ExecuteAsync($"DROP TABLE IF EXISTS {Identifiers.Quote(stage)}", cancellationToken);

    public Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken)
    {
        DuckDbChunkWriter.Write(Connection, "temp", "main", stage, batch, [.. Enumerable.Range(0, columns.Count)], rows, cancellationToken);
        return Task.CompletedTask;
    }

    public Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken)
    {
        // The appender fills every column of the table in its own order; columns the batch lacks get NULL.
        var batchColumns = load.Table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        int[] map = [.. load.Current.Columns.Select(c => batchColumns.TryGetValue(c.Name, out var i) ? i : DuckDbChunkWriter.Null)];
        DuckDbChunkWriter.Write(Connection, _catalog, Schema, load.Table.Name, load.Rows, map, rows, cancellationToken);
        return Task.CompletedTask;
    }

    public bool IsDuplicateKey(Exception exception) => exception is DuckDbAppendException { ErrorType: DuckDBErrorType.Constraint };

    public string? OutOfResources(Exception exception) => Memory.OutOfMemory(exception);

    public async Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        var batchIndex = load.Table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var keyColumns = string.Join(", ", key.Select(k => $"{Identifiers.Quote(k)} {SqlType(load.Table.Columns[batchIndex[k]].Type)}"));
        await Session.ExecuteAsync($"CREATE OR REPLACE TEMPORARY TABLE {KeyStage} (ord BIGINT, {keyColumns})", cancellationToken);
        DuckDbChunkWriter.Write(Connection, "temp", "main", KeyStage, load.Rows, [DuckDbChunkWriter.RowOrdinal, .. key.Select(k => batchIndex[k])], null, cancellationToken);

        var existing = new List<int>();
        var match = string.Join(" AND ", key.Select(Identifiers.Quote).Select(k => $"t.{k} = s.{k}"));
        await using (var command = Session.Command($"SELECT s.ord FROM {KeyStage} AS s SEMI JOIN {Qualified(load.Table.Name)} AS t ON {match}"))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add((int)reader.GetInt64(0));
            }
        }

        await Session.ExecuteAsync($"DROP TABLE {KeyStage}", cancellationToken);
        return existing;
    }

    /// <summary>
    /// Replaces the rows of existing keys (every stage row has one) rather than updating them in
    /// place: DuckDB (1.5) keeps a copy of the text of every updated VARCHAR or JSON value in memory
    /// until the database closes, and updating rows spread over the table held several hundred MB
    /// more while it ran. Rows the stage brings unchanged are left alone, so that a stream sent
    /// again as it was costs no writes. DuckDB's primary key accepts a key deleted and inserted
    /// again within one transaction.
    /// </summary>
    public async Task<long> UpdateExistingAsync(BatchLoad load, string stage, CancellationToken cancellationToken)
    {
        var table = Qualified(load.Table.Name);
        var batchColumns = load.Table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (load.Current.Columns.Any(c => !batchColumns.Contains(c.Name)))
        {
            // Columns the stream no longer sends keep their values; only an update in place does that.
            return await Session.ExecuteAsync(SqlText.Upsert(table, load.Table, stage, "TRUE"), cancellationToken);
        }

        await Session.ExecuteAsync(DuckDbMergeSql.DropUnchanged(table, load.Table, stage), cancellationToken);
        await Session.ExecuteAsync(DuckDbMergeSql.DeleteReplaced(table, load.Table, stage), cancellationToken);
        return await Session.ExecuteAsync(DuckDbMergeSql.InsertStaged(table, load.Table, stage), cancellationToken);
    }

    public Task<string> OpenFilesAsync(FileLoad load, CancellationToken cancellationToken) => Task.FromResult(DuckDbFileSql.ReadJson(load));

    public string FileValue(IReadOnlyList<string> path, ColumnType type) => DuckDbFileSql.Value(path, type);

    public string FilePart(FileLoad load) => DuckDbFileSql.Part(load);

    /// <summary>A stage filled by one INSERT keeps the order of its rows in their row ids.</summary>
    public Task DropStagedDuplicatesAsync(string stage, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        var quoted = Identifiers.Quote(stage);
        return Session.ExecuteAsync($"DELETE FROM {quoted} WHERE rowid NOT IN (SELECT max(rowid) FROM {quoted} GROUP BY {string.Join(", ", key.Select(Identifiers.Quote))})", cancellationToken);
    }

    public Task PrepareKeyLookupAsync(string table, IReadOnlyList<string> key, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task BeforeLoadAsync(BatchLoad load, CancellationToken cancellationToken) => Memory.BeforeLoadAsync(load, cancellationToken);

    public async Task BeforeFileLoadAsync(FileLoad load, CancellationToken cancellationToken)
    {
        await Session.ExecuteAsync(DuckDbSettings.Threads(Environment.ProcessorCount, everyCore: true), cancellationToken);
        _fileLoadThreads = true;
        await Memory.BeforeFilesAsync(cancellationToken);
    }

    public Task AfterFileLoadAsync(CancellationToken cancellationToken)
    {
        Memory.AfterFiles();
        return Task.CompletedTask;
    }

    /// <summary>
    /// After a file load, the checkpoint it may call for still runs on every core (a checkpoint
    /// compresses row groups in parallel); the reader's core is taken back after it.
    /// </summary>
    public async Task AfterLoadAsync(bool rowsHeld, CancellationToken cancellationToken)
    {
        await Memory.AfterLoadAsync(rowsHeld, cancellationToken);
        if (_fileLoadThreads)
        {
            await Session.ExecuteAsync(DuckDbSettings.Threads(Environment.ProcessorCount, everyCore: false), cancellationToken);
            _fileLoadThreads = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Connection.State == ConnectionState.Open)
        {
            await GiveEveryCoreToCheckpointAsync();
        }

        await Session.DisposeAsync();
    }

    /// <summary>Closes the database, which checkpoints it and gives back all its memory, and opens it again.</summary>
    private async Task ReopenAsync(CancellationToken cancellationToken)
    {
        await GiveEveryCoreToCheckpointAsync();
        await Connection.CloseAsync();
        await OpenAsync(cancellationToken);
    }

    /// <summary>Closing checkpoints the database; the reader waits meanwhile, so its core can compress row groups too.</summary>
    private async Task GiveEveryCoreToCheckpointAsync()
    {
        try
        {
            await Session.ExecuteAsync(DuckDbSettings.Threads(Environment.ProcessorCount, everyCore: true), CancellationToken.None);
        }
        catch (DuckDBException)
        {
            // A connection a failure left unusable closes all the same, only on fewer threads.
        }
    }

    /// <summary>The connection the session is on, which a new one replaces each time the database opens.</summary>
    private DuckDBConnection Connection => (DuckDBConnection)Session.Connection;

    private string Qualified(string table) => SqlText.Qualified(QualifiedSchema, table);
}
