using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Keeping DuckDB's memory bounded. Its buffer pool is capped when the connection opens. What the
/// cap cannot hold is the memory of an in-place update of a VARCHAR or JSON column: DuckDB (1.5)
/// copies the text of every updated row, changed or not, into memory it keeps until the database
/// closes (tagged ALLOCATOR in duckdb_memory()); under a cap, updates failed with out-of-memory.
/// Rows are mostly replaced rather than updated, but the paths that still update in place (a table
/// with columns the stream no longer sends, a batch with deletions or changed types) are covered
/// too: between batches, once that memory passes a threshold, the connection is closed and opened
/// again, and the database gives it all back as it closes.
/// </summary>
/// <remarks>
/// Two more kinds of memory cannot be spilled to the temporary file. A batch being appended holds
/// every column's vector and first segments in memory until it commits, so the cap is raised for a
/// batch that would not fit under it: wide tables need it even for a few rows. And every table
/// loaded since the last checkpoint keeps its primary-key index and its last segments in memory:
/// past a hundred freshly loaded streams that alone filled 64 MB, so a checkpoint, which writes
/// them out and lets them be evicted, follows once the tables loaded since the last one would take
/// up half the cap.
/// </remarks>
/// <param name="reopen">Closes the database and opens it again.</param>
/// <param name="releaseThreshold">In-place update memory past which the database is closed and opened again between batches.</param>
/// <param name="memoryLimitBytes">A memory limit that stays as given; null sizes it from the work.</param>
internal sealed class DuckDbMemoryPolicy(SqlSession session, Func<CancellationToken, Task> reopen, long releaseThreshold, long? memoryLimitBytes)
{
    private static readonly string[] MemoryFailures = ["Out of Memory Error", "could not allocate", "failed to pin block"];
    private static readonly string[] TuningAdvice = ["Possible solutions:", "* ", "See also "];

    private readonly Dictionary<string, long> _unsettled = new(StringComparer.Ordinal);
    private readonly HashSet<string> _opened = new(StringComparer.Ordinal);
    private readonly bool _fixedLimit = memoryLimitBytes is not null;
    private long _memoryLimit = memoryLimitBytes ?? DuckDbSettings.MemoryLimitBytes;

    /// <summary>The limit DuckDB runs under now: the cap, or what a BATCH's files or a checkpoint were given above it.</summary>
    private long _inForce = memoryLimitBytes ?? DuckDbSettings.MemoryLimitBytes;
    private long _settledIndexBytes;
    private bool _lowerPending;

    /// <summary>The memory limit DuckDB was last given.</summary>
    public long MemoryLimitBytes => _memoryLimit;

    /// <summary>
    /// When DuckDB failed for want of memory: its message without the generic tuning advice it
    /// appends (SQL settings a user of the target does not set), followed by what to change in the
    /// target's config; otherwise null. A commit that could not allocate a block fails as a
    /// transaction error, and one whose rollback could not either leaves the database invalidated:
    /// only the message tells. Such a commit can also leave keys of its rolled-back rows in the
    /// table's index (DuckDB 1.5), so that the same rows are refused afterwards as duplicates.
    /// </summary>
    public string? OutOfMemory(Exception exception)
    {
        var (type, message) = exception switch
        {
            DuckDBException e => (e.ErrorType, e.Message),
            DuckDbAppendException e => (e.ErrorType, e.Message),
            _ => (DuckDBErrorType.Invalid, string.Empty),
        };
        if (type != DuckDBErrorType.OutOfMemory && !MemoryFailures.Any(m => message.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var told = string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => !TuningAdvice.Any(a => line.StartsWith(a, StringComparison.Ordinal))));
        var advice = _fixedLimit
            ? $"DuckDB ran out of memory under duckdb_memory_limit_mb ({_inForce >> 20}): raise it, or remove it to let the target size the limit"
            : $"DuckDB ran out of memory under the limit the target gave it ({_inForce >> 20} MB): set duckdb_memory_limit_mb higher";
        return $"{told} ({advice})";
    }

    /// <summary>How many checkpoints were run to let freshly loaded tables leave memory.</summary>
    public int Checkpoints { get; private set; }

    /// <summary>How many times the database was closed and opened again to give back update memory.</summary>
    public int Reopened { get; private set; }

    public async Task BeforeLoadAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        _unsettled[load.Table.Name] = DuckDbMemory.UnsettledBytes(load);
        _opened.Add(load.Table.Name);
        if (_fixedLimit)
        {
            return;
        }

        if (_lowerPending)
        {
            await ApplyLimitAsync(cancellationToken);
        }

        // Room for the update memory allowed to build up, for what this batch's append holds, for
        // the tables this connection has written (each keeps blocks pinned even after a checkpoint),
        // and for the rest of the load (whose stage can spill to disk).
        var needed = releaseThreshold + DuckDbMemory.AppendBytes(load) + (_opened.Count * DuckDbMemory.OpenTableBytes) + DuckDbSettings.WorkingBytes;
        if (needed > _memoryLimit)
        {
            _memoryLimit = needed;
            await ApplyLimitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A file load reads, stages and indexes a whole BATCH in one transaction, whatever its size, so
    /// what DuckDB holds of it until the commit is not bounded by a batch's rows: the cap is raised to
    /// <see cref="DuckDbSettings.FileLoadMemoryBytes"/> for it (DuckDB spills what goes beyond), and
    /// set back by <see cref="AfterLoadAsync"/>, after any checkpoint the load calls for: a checkpoint
    /// pins blocks as it writes them, and under the lower cap it failed, which DuckDB treats as fatal.
    /// </summary>
    public async Task BeforeFilesAsync(CancellationToken cancellationToken)
    {
        if (!_fixedLimit && _memoryLimit < DuckDbSettings.FileLoadMemoryBytes)
        {
            await GiveLimitAsync(DuckDbSettings.FileLoadMemoryBytes, cancellationToken);
        }
    }

    public void AfterFiles() => _lowerPending = !_fixedLimit && _memoryLimit < DuckDbSettings.FileLoadMemoryBytes;

    /// <param name="rowsHeld">Whether rows are held in temporary tables, which would not survive a new connection.</param>
    public async Task AfterLoadAsync(bool rowsHeld, CancellationToken cancellationToken)
    {
        var (updateBytes, indexBytes) = await HeldBytesAsync(cancellationToken);
        if (!rowsHeld && updateBytes >= releaseThreshold)
        {
            // Closing the database checkpoints it as well.
            await reopen(cancellationToken);
            _inForce = _memoryLimit;
            _unsettled.Clear();
            _opened.Clear();
            _settledIndexBytes = 0;
            _lowerPending = false;
            Reopened++;
            return;
        }

        // The estimate of what freshly loaded tables hold falls short where each index takes blocks
        // of several node sizes: past ninety small tables their indexes held 65 MB, and a commit that
        // found no room failed half-way, leaving keys of its rows in the index. What the indexes grew
        // by since the last checkpoint (which writes them out and lets them be evicted) counts too.
        if (Math.Max(_unsettled.Values.Sum(), indexBytes - _settledIndexBytes) > _memoryLimit / 2)
        {
            await CheckpointAsync(cancellationToken);
        }

        if (_lowerPending && !await ApplyLimitAsync(cancellationToken))
        {
            await CheckpointAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A checkpoint reads back what waits for it and pins the blocks it writes, on top of the
    /// indexes and update memory that cannot leave: under the cap they had filled, one failed,
    /// which DuckDB treats as fatal. Unless the config fixes the cap, a checkpoint the policy runs
    /// gets twice the cap; DuckDB takes only what it needs, and the cap is set back after it. The
    /// checkpoint closing the database goes without: DuckDB keeps the write-ahead log when that one
    /// fails and replays it on the next open, and the room it took held 90 MB more at the end of a
    /// single-stream load.
    /// </summary>
    public async Task RoomForCheckpointAsync(CancellationToken cancellationToken)
    {
        if (!_fixedLimit && !_lowerPending)
        {
            await GiveLimitAsync(_memoryLimit * 2, cancellationToken);
            _lowerPending = true;
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await RoomForCheckpointAsync(cancellationToken);
        await session.ExecuteAsync("CHECKPOINT", cancellationToken);
        _unsettled.Clear();
        _settledIndexBytes = (await HeldBytesAsync(cancellationToken)).Indexes;
        Checkpoints++;
        if (_lowerPending)
        {
            await ApplyLimitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Gives DuckDB the cap, also to set it back after a BATCH. DuckDB refuses a cap below what it
    /// holds and cannot evict, and a large BATCH leaves its tables' new indexes pinned until a
    /// checkpoint writes them out: the raised cap then stays until a checkpoint lets it come down.
    /// </summary>
    /// <returns>Whether DuckDB took it.</returns>
    private async Task<bool> ApplyLimitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await GiveLimitAsync(_memoryLimit, cancellationToken);
            _lowerPending = false;
        }
        catch (DuckDBException e) when (e.ErrorType == DuckDBErrorType.OutOfMemory)
        {
            _lowerPending = true;
        }

        return !_lowerPending;
    }

    /// <summary>Sets DuckDB's memory limit, and keeps it as the one in force once DuckDB has taken it.</summary>
    private async Task GiveLimitAsync(long bytes, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(DuckDbSettings.MemoryLimit(bytes), cancellationToken);
        _inForce = bytes;
    }

    /// <summary>The memory DuckDB holds for in-place updates and for its indexes.</summary>
    private async Task<(long Updates, long Indexes)> HeldBytesAsync(CancellationToken cancellationToken)
    {
        await using var command = session.Command(
            "SELECT coalesce(max(memory_usage_bytes) FILTER (WHERE tag = 'ALLOCATOR'), 0), coalesce(max(memory_usage_bytes) FILTER (WHERE tag = 'ART_INDEX'), 0) FROM duckdb_memory()");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
