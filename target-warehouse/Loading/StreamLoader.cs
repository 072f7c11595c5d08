using System.Globalization;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// One stream: its table kept in step with its SCHEMA, its records converted into a batch, and the
/// batch committed on request. Overwrite empties or recreates the table in the transaction of the
/// run's first batch, so a run that never gets that far leaves the old content in place.
/// </summary>
internal sealed partial class StreamLoader(LoadSession session, string stream, string table)
{
    private readonly TableKeeper _tables = new(session, stream, table);
    private readonly HashSet<string> _undeclared = new(StringComparer.Ordinal);
    private SchemaMessage? _schema;
    private StreamMapping? _mapping;
    private RecordConverter? _converter;
    private RowBatch? _batch;
    private RowBatch? _spare;
    private TableDefinition? _definition;
    private LoadMethod _method;
    private bool _versioned;
    private long? _activeVersion;
    private long _firstPending = long.MaxValue;
    private long _firstLine;
    private long _lastLine;

    public string Stream { get; } = stream;

    public string Table { get; } = table;

    public StreamReport Report { get; } = new(stream, table);

    public bool HasSchema => _mapping is not null;

    public bool IsFull => _batch is not null && _batch.Count >= session.Config.BatchSizeRows;

    /// <summary>The sequence number of the oldest record not yet queued for commit, or <see cref="long.MaxValue"/>.</summary>
    public long FirstUnqueuedSequence => _batch is { Count: > 0 } ? _firstPending : long.MaxValue;

    public async Task OnSchemaAsync(SchemaMessage message, CancellationToken cancellationToken)
    {
        if (_mapping is not null && _mapping.Fingerprint == StreamMapping.FingerprintOf(message))
        {
            return;
        }

        await FlushAsync(cancellationToken);
        _schema = message with { Schema = message.Schema.Clone() };
        await ApplySchemaAsync(message.LineNumber, cancellationToken);
    }

    /// <summary>A record that carries a version needs the version columns before it can be converted.</summary>
    public bool NeedsVersioning(RecordMessage message) => message.Version is not null && _mapping is { IsVersioned: false };

    public async Task EnableVersioningAsync(long lineNumber, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        _versioned = true;
        _tables.VersionsReplaceTruncation();
        await ApplySchemaAsync(lineNumber, cancellationToken);
    }

    public async Task OnActivateVersionAsync(ActivateVersionMessage message, CancellationToken cancellationToken)
    {
        if (!_versioned || _mapping is not { IsVersioned: true })
        {
            await EnableVersioningAsync(message.LineNumber, cancellationToken);
        }

        await FlushAsync(cancellationToken, force: _tables.PendingReset == TableReset.Recreate);
        _activeVersion = message.Version;
        var softDeleteAt = session.Config.HardDelete ? (DateTime?)null : session.UtcNow;
        var retired = await _tables.GuardAsync("retiring old versions in", ct => session.Dialect.RetireOlderVersionsAsync(Table, message.Version, softDeleteAt, ct), cancellationToken);
        Report.Retired(retired, session.Time);
        var what = softDeleteAt is null ? "deleted" : "marked deleted";
        session.Reporter.Info(string.Create(CultureInfo.InvariantCulture, $"{Stream}: version {message.Version} activated; {retired} rows of older versions {what} in {session.Describe(Table)}"));
    }

    /// <summary>Commits the batch and waits until every queued commit is done. With <paramref name="force"/>, a pending overwrite runs even without rows.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken, bool force = false)
    {
        await BeginFlushAsync(cancellationToken, force);
        await session.Committer.DrainAsync();
    }

    /// <summary>
    /// Hands the batch to the background committer and goes on with an empty one (the last batch
    /// committed, when there is one, so that its buffers are reused). The committer takes only a
    /// bounded number of batches at a time, so this may first wait for a commit to end.
    /// </summary>
    public async Task BeginFlushAsync(CancellationToken cancellationToken, bool force = false)
    {
        var batch = _batch;
        if (batch is null || (batch.Count == 0 && !(force && _tables.PendingReset != TableReset.None)))
        {
            return;
        }

        var definition = _definition!;
        var deleteFlag = session.Config.HardDelete && definition.PrimaryKey.Count > 0 ? _mapping!.ColumnIndex(MetadataColumns.DeletedAtName) : -1;
        if (deleteFlag >= 0 && !HasValue(batch.Columns[deleteFlag], batch.Count))
        {
            // No record of this batch is a deletion: it can take the fast path.
            deleteFlag = -1;
        }

        var current = _tables.Current(definition);
        var load = new BatchLoad(definition, current, batch, definition.PrimaryKey.Count > 0, _tables.TakeReset(definition), deleteFlag);
        var batchedAt = _mapping!.MetadataIndex(MetadataColumn.BatchedAt);
        _batch = Interlocked.Exchange(ref _spare, null) ?? new RowBatch(batch.Columns.Select(c => c.Type).ToList(), batch.KeyColumns, session.Config.BatchSizeRows);
        _firstPending = long.MaxValue;
        var lines = _firstLine == _lastLine ? $"line {_firstLine}" : $"lines {_firstLine} to {_lastLine}";
        await session.Committer.EnqueueBatchAsync(() => CommitAsync(load, batchedAt, lines, cancellationToken), cancellationToken);
    }

    /// <summary>End of input: commits the rest and carries out an overwrite that no record triggered.</summary>
    public Task FinishAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken, force: true);

    /// <param name="lines">The input lines of the batch's records, which a failure names.</param>
    private async Task CommitAsync(BatchLoad load, int batchedAt, string lines, CancellationToken cancellationToken)
    {
        var batch = load.Rows;
        if (batchedAt >= 0)
        {
            ((ValueBuffer<DateTime>)batch.Columns[batchedAt]).Fill(session.UtcNow, batch.Count);
        }

        var started = session.Time.GetTimestamp();
        LoadCounts counts;
        try
        {
            counts = await _tables.GuardAsync("loading", ct => session.Dialect.LoadAsync(load, ct), cancellationToken);
        }
        catch (LoadException e)
        {
            throw new LoadException($"{lines}: {e.Message}", e.InnerException!);
        }

        Report.BatchCommitted(counts, batch.Replaced, session.Time);
        var seconds = session.Time.GetElapsedTime(started).TotalSeconds;
        session.Reporter.Info(string.Create(
            CultureInfo.InvariantCulture,
            $"{Stream}: committed {batch.Count} rows to {session.Describe(Table)} ({counts.Inserted} inserted, {counts.Updated} updated, {counts.Appended} appended{(counts.Deleted > 0 ? $", {counts.Deleted} deleted" : string.Empty)}) in {seconds:0.000} s"));
        batch.Clear();
        if (ReferenceEquals(load.Table, _definition))
        {
            // Taken by the reader's thread; a spare it has not taken yet is simply replaced.
            Volatile.Write(ref _spare, batch);
        }
    }

    private void ReportUndeclared(string path)
    {
        if (_undeclared.Add(path))
        {
            session.Reporter.Warning($"stream \"{Stream}\": property \"{path}\" is not in the stream's schema; its values are not loaded");
        }
    }

    private static bool HasValue(ColumnBuffer column, int count)
    {
        for (var row = 0; row < count; row++)
        {
            if (!column.IsNull(row))
            {
                return true;
            }
        }

        return false;
    }

    private async Task ApplySchemaAsync(long lineNumber, CancellationToken cancellationToken)
    {
        var schema = _schema!;
        var method = session.Config.MethodFor(Stream, schema.KeyProperties.Count > 0);
        if (method == LoadMethod.AppendOnly && session.Config.MethodFor(Stream, true) == LoadMethod.Upsert && _method != LoadMethod.AppendOnly)
        {
            session.Reporter.Info($"{Stream}: load_method upsert needs key properties, and the stream has none: its records are appended");
        }

        _method = method;
        var (mapping, primaryKey) = await _tables.ReconcileAsync(
            (existing, names) => Build(schema, existing, names, lineNumber),
            _method,
            _versioned,
            lineNumber,
            cancellationToken);
        _mapping = mapping;
        _definition = new TableDefinition(Table, [.. mapping.Columns.Select(c => new ColumnDefinition(c.Name, c.Type))], primaryKey);
        _converter = new RecordConverter(mapping, session.Config.ValidateRecords, ReportUndeclared);
        _batch = new RowBatch([.. mapping.Columns.Select(c => c.Type)], primaryKey.Count > 0 ? mapping.KeyColumns : [], session.Config.BatchSizeRows);
        _spare = null;
    }

    private StreamMapping Build(SchemaMessage schema, IReadOnlyDictionary<string, ColumnType>? existing, IReadOnlyDictionary<string, string> names, long lineNumber)
    {
        var config = session.Config;
        var options = new MappingOptions(
            config.FlatteningEnabled ? config.FlatteningMaxDepth : 0,
            config.AddRecordMetadata,
            _versioned,
            session.Dialect.MaxIdentifierBytes);
        try
        {
            return StreamMapping.Build(schema, Table, options, existing, names);
        }
        catch (MappingException e)
        {
            throw new InputException(lineNumber, $"stream \"{Stream}\": {e.Message}");
        }
        catch (InvalidOperationException)
        {
            // Reading the schema's names and strings refuses text that is not valid Unicode.
            throw new InputException(lineNumber, $"stream \"{Stream}\": the schema {UnicodeText.Problem}");
        }
    }
}
