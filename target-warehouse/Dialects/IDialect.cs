using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// The one seam between loading and an engine. Every table lives in the schema the dialect was
/// opened with; names given here are already conformed and are quoted by the dialect.
/// </summary>
internal interface IDialect : IAsyncDisposable
{
    /// <summary>Where the data goes, for messages (never holds a secret).</summary>
    string Description { get; }

    /// <summary>The longest identifier the engine keeps, in UTF-8 bytes.</summary>
    int MaxIdentifierBytes { get; }

    /// <summary>
    /// How many batches may be queued for the engine, or being committed, while the next is read:
    /// more carry the reader through commits that take longer than usual, each at a batch's memory.
    /// </summary>
    int QueuedBatches { get; }

    /// <inheritdoc cref="IEngine.OutOfResources"/>
    string? OutOfResources(Exception exception);

    /// <summary>Connects, and creates the schema and its bookkeeping tables when absent.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> while no other target changes tables in the schema.</summary>
    Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>The table each stream was given, by stream.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadTableNamesAsync(CancellationToken cancellationToken);

    Task AddTableNameAsync(string stream, string table, CancellationToken cancellationToken);

    /// <summary>The column each property of a table's stream was given, by property key.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadColumnNamesAsync(string table, CancellationToken cancellationToken);

    Task AddColumnNamesAsync(string table, IReadOnlyList<(string Property, string Column)> names, CancellationToken cancellationToken);

    /// <summary>The table's columns and primary key, or null when there is no such table.</summary>
    Task<TableInfo?> DescribeTableAsync(string table, CancellationToken cancellationToken);

    Task<bool> HasRowsAsync(string table, CancellationToken cancellationToken);

    /// <summary>Creates a table of the given name, writes a row, reads it back and drops the table, in one committed transaction.</summary>
    /// <returns>The rows read back (one).</returns>
    Task<long> RoundTripAsync(string table, CancellationToken cancellationToken);

    /// <summary>Creates the table; with <paramref name="replace"/>, drops an existing one first, in the same transaction.</summary>
    Task CreateTableAsync(TableDefinition table, bool replace, CancellationToken cancellationToken);

    /// <summary>Adds columns and widens column types, in one transaction; nothing is ever dropped.</summary>
    Task AlterTableAsync(string table, IReadOnlyList<ColumnDefinition> added, IReadOnlyList<ColumnDefinition> widened, CancellationToken cancellationToken);

    /// <summary>
    /// Sets rows aside for <paramref name="table"/> without adding them to it: in a temporary table of
    /// the session, so that rows no STATE covers yet take no memory and vanish if the run dies. The
    /// next load of the table that releases held rows appends them first, in its own transaction.
    /// </summary>
    Task HoldAsync(TableDefinition table, RowBatch rows, CancellationToken cancellationToken);

    /// <summary>Bulk-loads a batch into a staging table and merges or appends it, all in one transaction.</summary>
    Task<LoadCounts> LoadAsync(BatchLoad load, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the records of JSON-lines files, read by the engine's own bulk reader, into a stage, and
    /// merges or appends them, all in one transaction; <paramref name="beforeCommit"/> runs last in it.
    /// </summary>
    Task<(LoadCounts Counts, long Records)> LoadFilesAsync(FileLoad load, Func<CancellationToken, Task> beforeCommit, CancellationToken cancellationToken);

    /// <summary>
    /// Retires rows of versions older than <paramref name="version"/> (and rows without a version):
    /// deletes them, or sets _sdc_deleted_at to <paramref name="softDeleteAt"/> when it is given.
    /// Rows of the current version are never touched. Returns the number of rows retired.
    /// </summary>
    Task<long> RetireOlderVersionsAsync(string table, long version, DateTime? softDeleteAt, CancellationToken cancellationToken);
}
