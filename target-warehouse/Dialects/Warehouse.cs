using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// The dialect of one engine: its catalog, its name bookkeeping and its batch loader, each written
/// once over the engine's own few differences (<see cref="IEngine"/>).
/// </summary>
internal sealed class Warehouse : IDialect
{
    private readonly IEngine _engine;
    private readonly SqlCatalog _catalog;
    private readonly NameBookkeeping _names;
    private readonly BatchLoader _loader;
    private readonly FileLoader _files;

    public Warehouse(IEngine engine)
    {
        _engine = engine;
        _catalog = new SqlCatalog(engine);
        _names = new NameBookkeeping(engine, _catalog);
        _loader = new BatchLoader(engine);
        _files = new FileLoader(engine, _loader);
    }

    public string Description => _engine.Description;

    public int MaxIdentifierBytes => _engine.MaxIdentifierBytes;

    public int QueuedBatches => _engine.QueuedBatches;

    public string? OutOfResources(Exception exception) => _engine.OutOfResources(exception);

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await _engine.OpenAsync(cancellationToken);
        await UnderSchemaLockAsync(
            async ct =>
            {
                await _catalog.CreateSchemaAsync(ct);
                await _names.CreateTablesAsync(ct);
                return true;
            },
            cancellationToken);
    }

    public Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _engine.UnderSchemaLockAsync(work, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> ReadTableNamesAsync(CancellationToken cancellationToken) =>
        await _names.ReadTableNamesAsync(cancellationToken);

    public Task AddTableNameAsync(string stream, string table, CancellationToken cancellationToken) =>
        _names.AddTableNameAsync(stream, table, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> ReadColumnNamesAsync(string table, CancellationToken cancellationToken) =>
        await _names.ReadColumnNamesAsync(table, cancellationToken);

    public Task AddColumnNamesAsync(string table, IReadOnlyList<(string Property, string Column)> names, CancellationToken cancellationToken) =>
        _names.AddColumnNamesAsync(table, names, cancellationToken);

    public async Task<long> RoundTripAsync(string table, CancellationToken cancellationToken)
    {
        var rows = 0L;
        var definition = new TableDefinition(table, [new ColumnDefinition("id", ColumnType.BigInt)], ["id"]);
        await _engine.Session.InTransactionAsync(
            async ct =>
            {
                await _catalog.CreateTableAsync(definition, ct);
                await _engine.Session.ExecuteAsync($"INSERT INTO {_catalog.Qualified(table)} VALUES ($1)", ct, 1L);
                rows = await _engine.Session.ScalarAsync($"SELECT count(*) FROM {_catalog.Qualified(table)}", ct);
                await _catalog.DropTableAsync(table, ct);
            },
            cancellationToken);
        return rows;
    }

    public Task<TableInfo?> DescribeTableAsync(string table, CancellationToken cancellationToken) => _catalog.DescribeTableAsync(table, cancellationToken);

    public Task<bool> HasRowsAsync(string table, CancellationToken cancellationToken) => _catalog.HasRowsAsync(table, cancellationToken);

    public Task CreateTableAsync(TableDefinition table, bool replace, CancellationToken cancellationToken) =>
        _engine.Session.InTransactionAsync(
            async ct =>
            {
                if (replace)
                {
                    await _catalog.DropTableAsync(table.Name, ct);
                }

                await _catalog.CreateTableAsync(table, ct);
            },
            cancellationToken);

    public Task AlterTableAsync(string table, IReadOnlyList<ColumnDefinition> added, IReadOnlyList<ColumnDefinition> widened, CancellationToken cancellationToken) =>
        _engine.Session.InTransactionAsync(ct => _catalog.AlterTableAsync(table, added, widened, ct), cancellationToken);

    public Task HoldAsync(TableDefinition table, RowBatch rows, CancellationToken cancellationToken) => _loader.HoldAsync(table, rows, cancellationToken);

    public Task<LoadCounts> LoadAsync(BatchLoad load, CancellationToken cancellationToken) => _loader.LoadAsync(load, cancellationToken);

    public Task<(LoadCounts Counts, long Records)> LoadFilesAsync(FileLoad load, Func<CancellationToken, Task> beforeCommit, CancellationToken cancellationToken) =>
        _files.LoadFilesAsync(load, beforeCommit, cancellationToken);

    public Task<long> RetireOlderVersionsAsync(string table, long version, DateTime? softDeleteAt, CancellationToken cancellationToken) =>
        _catalog.RetireOlderVersionsAsync(table, version, softDeleteAt, cancellationToken);

    public ValueTask DisposeAsync() => _engine.DisposeAsync();
}
