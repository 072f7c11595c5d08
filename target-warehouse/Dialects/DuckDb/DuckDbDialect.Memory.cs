namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Keeping DuckDB's memory bounded. Its buffer pool is capped when the connection opens. What the
/// cap cannot hold is the memory of an in-place update of a VARCHAR or JSON column: DuckDB (1.5)
/// copies the text of every updated row, changed or not, into memory it keeps until the database
/// closes (tagged ALLOCATOR in duckdb_memory()); under a cap, updates failed with out-of-memory.
/// Rows are mostly replaced rather than updated, but the paths that still update in place (a table
/// with columns the stream no longer sends, a batch with deletions or changed types) are covered
/// too: between batches, once that memory passes a threshold, the connection is closed and opened
/// again, and the database gives it all back as it closes. The cap is raised for a batch whose text
/// alone would not fit under it.
/// </summary>
internal sealed partial class DuckDbDialect
{
    private long _memoryLimit = DuckDbSettings.MemoryLimitBytes;

    protected override async Task BeforeLoadAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        // Room for the update memory allowed to build up, for what updating this batch's text adds
        // to it, and for the rest of the load (whose stage can spill to disk).
        var needed = _releaseThreshold + load.Rows.TextBytes + DuckDbSettings.WorkingBytes;
        if (needed > _memoryLimit)
        {
            _memoryLimit = needed;
            await ExecuteAsync(DuckDbSettings.MemoryLimit(needed), cancellationToken);
        }
    }

    protected override async Task AfterLoadAsync(CancellationToken cancellationToken)
    {
        // Rows held in temporary tables would not survive a new connection.
        if (Holds || await ScalarAsync("SELECT coalesce(max(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'ALLOCATOR'", cancellationToken) < _releaseThreshold)
        {
            return;
        }

        await _connection.CloseAsync();
        await OpenConnectionAsync(cancellationToken);
        Reopened++;
    }
}
