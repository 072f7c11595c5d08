using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// What one engine does its own way. The catalog, the bookkeeping and the choice of how a batch
/// is loaded (<see cref="BatchLoader"/>) are written once over it, in the SQL both engines speak.
/// </summary>
internal interface IEngine : IAsyncDisposable
{
    /// <summary>Where the data goes, for messages (never holds a secret).</summary>
    string Description { get; }

    /// <summary>The longest identifier the engine keeps, in UTF-8 bytes.</summary>
    int MaxIdentifierBytes { get; }

    /// <summary>How many batches may wait for the engine while the next is read (see <see cref="IDialect.QueuedBatches"/>).</summary>
    int QueuedBatches { get; }

    /// <summary>The schema every table lives in, unquoted.</summary>
    string Schema { get; }

    /// <summary>The schema as SQL names it, qualified where the engine needs that.</summary>
    string QualifiedSchema { get; }

    /// <summary>The connection's statements and transactions.</summary>
    SqlSession Session { get; }

    /// <summary>Connects and sets the session up.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs changes to the schema's tables one target at a time (see <see cref="IDialect.UnderSchemaLockAsync"/>).</summary>
    Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    string SqlType(ColumnType type);

    /// <summary>Reads information_schema's data_type (and numeric_scale).</summary>
    ColumnType ParseType(string dataType, int? scale);

    /// <summary>The expression that converts a column's old values when its type widens.</summary>
    string CastForWidening(string quotedColumn, ColumnType type);

    /// <summary>An extra information_schema condition that keeps to the database being loaded, or empty.</summary>
    string CatalogCondition(string column);

    /// <summary>Names the stage of a table, creating it when needed. Runs before the batch's transaction begins.</summary>
    /// <returns>The stage's unquoted name.</returns>
    Task<string> PrepareStageAsync(TableDefinition table, CancellationToken cancellationToken);

    /// <summary>Leaves the stage empty and ready for <paramref name="table"/>'s batch, inside the batch's transaction.</summary>
    Task EmptyStageAsync(string stage, TableDefinition table, CancellationToken cancellationToken);

    /// <summary>The batch is done with the stage (still inside its transaction).</summary>
    Task ReleaseStageAsync(string stage, CancellationToken cancellationToken);

    /// <summary>Bulk-writes rows into a temporary table of the session (a stage, or held rows).</summary>
    /// <param name="stage">The temporary table's unquoted name.</param>
    /// <param name="rows">The batch rows to write, or null for all of them.</param>
    Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken);

    /// <summary>Bulk-writes rows (all, or those listed in <paramref name="rows"/>) straight into the target table.</summary>
    Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken);

    /// <summary>Whether the bulk write refused a row because the table holds its key already.</summary>
    bool IsDuplicateKey(Exception exception);

    /// <summary>
    /// When the engine failed for want of memory or disk rather than over a row: the failure as a
    /// user should read it, with what they can do about it; otherwise null.
    /// </summary>
    string? OutOfResources(Exception exception);

    /// <summary>The batch rows whose <paramref name="key"/> is already in the table, each once.</summary>
    Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, IReadOnlyList<string> key, CancellationToken cancellationToken);

    /// <summary>Updates the table from a stage every row of which has a key already in the table.</summary>
    /// <param name="stage">The stage's quoted name.</param>
    /// <returns>The rows changed; the others held their values already and are left alone.</returns>
    Task<long> UpdateExistingAsync(BatchLoad load, string stage, CancellationToken cancellationToken);

    /// <summary>Makes looking up the rows of an appended table by <paramref name="key"/> cheap, where the engine needs that. Runs before the batch's transaction begins.</summary>
    Task PrepareKeyLookupAsync(string table, IReadOnlyList<string> key, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the records of a file load readable by one SELECT inside the batch's transaction, through
    /// the engine's own bulk reader. Each record becomes one row, in the files' order.
    /// </summary>
    /// <returns>The relation to select from, aliased <c>f</c>.</returns>
    Task<string> OpenFilesAsync(FileLoad load, CancellationToken cancellationToken);

    /// <summary>A record property's value, typed as its column, as an expression over the relation <see cref="OpenFilesAsync"/> gave.</summary>
    /// <param name="path">The property's names from the record down.</param>
    string FileValue(IReadOnlyList<string> path, ColumnType type);

    /// <summary>The index among <see cref="FileLoad.Parts"/> of the part a row's record comes from, over the relation <see cref="OpenFilesAsync"/> gave a load whose <see cref="FileLoad.PartsDiffer"/>.</summary>
    string FilePart(FileLoad load);

    /// <summary>Of the stage's rows that share a key, keeps only the one staged last, as a batch of records keeps the last record of a key.</summary>
    Task DropStagedDuplicatesAsync(string stage, IReadOnlyList<string> key, CancellationToken cancellationToken);

    /// <summary>Runs before a file load's transaction begins.</summary>
    Task BeforeFileLoadAsync(FileLoad load, CancellationToken cancellationToken);

    /// <summary>Runs once a file load has ended, committed or not.</summary>
    Task AfterFileLoadAsync(CancellationToken cancellationToken);

    /// <summary>Runs before the batch's transaction begins.</summary>
    Task BeforeLoadAsync(BatchLoad load, CancellationToken cancellationToken);

    /// <summary>Runs once the batch is committed.</summary>
    /// <param name="rowsHeld">Whether rows are set aside in temporary tables, which a new connection would lose.</param>
    Task AfterLoadAsync(bool rowsHeld, CancellationToken cancellationToken);
}
