using System.Collections.Concurrent;
using System.Data.Common;
using DuckDB.NET.Data;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>An embedded DuckDB file: created when absent, loaded through the appender; rows of existing keys are replaced from a stage.</summary>
/// <param name="releaseThreshold">In-place update memory past which the database is closed and opened again between batches.</param>
/// <param name="memoryLimitBytes">A memory limit that stays as given; null sizes it from the work.</param>
internal sealed partial class DuckDbDialect(string path, string schema, long releaseThreshold = DuckDbSettings.ReleaseThresholdBytes, long? memoryLimitBytes = null) : SqlDialect(schema)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> DdlGates = new(StringComparer.Ordinal);

    private readonly DuckDBConnection _connection = new(DuckDbSettings.ConnectionString(path));
    private readonly long _releaseThreshold = releaseThreshold;
    private readonly bool _fixedLimit = memoryLimitBytes is not null;
    private string _catalog = "memory";

    public override string Description => $"DuckDB file '{path}'";

    // DuckDB has no short limit, but names are cut where PostgreSQL cuts them so that both engines
    // give a stream the same table.
    public override int MaxIdentifierBytes => 63;

    // Every checkpoint (about every sixth batch of tickets) makes one commit several times longer
    // than the others; a second batch queued behind it keeps the reader busy meanwhile. A third
    // made a million tickets no faster once records were parsed in one pass, and held 25 to 30 MB
    // more.
    public override int QueuedBatches => 2;

    /// <summary>How many times the database was closed and opened again to give back update memory.</summary>
    public int Reopened { get; private set; }

    protected override DbConnection Connection => _connection;

    // The file's own catalog is named after it: zendesk.duckdb holding schema zendesk makes a bare
    // "zendesk" ambiguous, so every name carries the catalog.
    protected override string QualifiedSchema => Identifiers.Quote(_catalog) + "." + Identifiers.Quote(Schema);

    protected override string CatalogCondition(string column) => $" AND {column} = current_database()";

    /// <summary>
    /// Only one process writes a DuckDB file, but connections of one process share the database, and
    /// two of them changing its catalog at once fail with a write-write conflict: they take turns.
    /// </summary>
    public override async Task<T> UnderSchemaLockAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = DdlGates.GetOrAdd(Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));
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

    protected override async Task OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await _connection.OpenAsync(cancellationToken);
        foreach (var setting in DuckDbSettings.Session(Environment.ProcessorCount, _memoryLimit))
        {
            await ExecuteAsync(setting, cancellationToken);
        }

        await using var command = Command("SELECT current_database()");
        _catalog = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    protected override string SqlType(ColumnType type) => DuckDbTypes.SqlType(type);

    protected override ColumnType ParseType(string dataType, int? scale) => DuckDbTypes.Parse(dataType);
}
