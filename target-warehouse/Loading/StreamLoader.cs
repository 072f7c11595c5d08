using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// One stream: its table kept in step with its SCHEMA, its records converted into a batch, and the
/// batch committed on request. Overwrite empties or recreates the table in the transaction of the
/// run's first batch, so a run that never gets that far leaves the old content in place.
/// </summary>
internal sealed partial class StreamLoader(LoadSession session, StateTracker states, string stream, string table)
{
    private readonly SchemaEvolution _tables = new(session, stream, table);
    private readonly HashSet<string> _undeclared = new(StringComparer.Ordinal);
    private SchemaMessage? _schema;
    private StreamMapping? _mapping;
    private RecordConverter? _converter;
    private RowBatch? _batch;
    private RowBatch? _spare;
    private TableDefinition? _definition;
    private LoadMethod _method;
    private bool _versioned;
    private bool _deletions;
    private long? _activeVersion;
    private long _firstPending = long.MaxValue;

    /// <summary>The rows of the batch that came before the latest STATE, and that STATE's place in the input.</summary>
    private int _covered;
    private long _coveredThrough;

    /// <summary>Rows set aside in the engine (<see cref="IDialect.HoldAsync"/>): whether there are, the first one's sequence number, and whether a STATE has come after them.</summary>
    private bool _holding;
    private long _heldFirst = long.MaxValue;
    private bool _heldCovered;

    public string Stream { get; } = stream;

    public string Table { get; } = table;

    public StreamReport Report { get; } = new(stream, table);

    public bool HasSchema => _mapping is not null;

    public bool IsFull => _batch is not null && _batch.Count >= session.Config.BatchSizeRows;

    /// <summary>The sequence number of the oldest record not yet queued for commit, or <see cref="long.MaxValue"/>.</summary>
    public long FirstUnqueuedSequence => Math.Min(_batch is { Count: > 0 } ? _firstPending : long.MaxValue, _holding ? _heldFirst : long.MaxValue);

    /// <summary>Whether rows wait to be queued for commit: in the batch, or set aside in the engine.</summary>
    public bool HasUnqueuedRows => FirstUnqueuedSequence != long.MaxValue;

    /// <summary>
    /// Whether rows that no STATE covers yet are kept back from the table when batches are committed:
    /// so for appends without keys, where nothing could tell apart the rows a resumed run sends again.
    /// </summary>
    public bool KeepsUncoveredBack => _method == LoadMethod.AppendOnly && _definition is { PrimaryKey.Count: 0 } && _mapping is { KeyColumns.Length: 0 };

    /// <summary>A STATE was read after the record numbered <paramref name="afterRecord"/>: every row so far comes before it.</summary>
    public void OnState(long afterRecord)
    {
        _covered = _batch?.Count ?? 0;
        _coveredThrough = afterRecord;
        _heldCovered = _holding;
    }

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

    /// <summary>A record that carries a deletion time the schema does not declare needs the deletion column before it can be converted.</summary>
    public bool NeedsDeletionColumn(RecordMessage message) =>
        _mapping is not null
        && message.Record.ValueKind == JsonValueKind.Object
        && message.Record.TryGetProperty(MetadataColumns.DeletedAtName, out var deletedAt)
        && deletedAt.ValueKind != JsonValueKind.Null
        && _mapping.ColumnIndex(MetadataColumns.DeletedAtName) < 0;

    public async Task EnableDeletionsAsync(long lineNumber, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        _deletions = true;
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
    /// bounded number of batches at a time, so this may first wait for a commit to end. With
    /// <paramref name="coveredOnly"/>, a stream that keeps uncovered rows back commits only the rows
    /// before the latest STATE and carries the others into the next batch; when none is covered and
    /// the batch is full, it sets them aside in the engine instead, so memory stays bounded.
    /// </summary>
    public async Task BeginFlushAsync(CancellationToken cancellationToken, bool force = false, bool coveredOnly = false)
    {
        var batch = _batch;
        if (batch is null)
        {
            return;
        }

        var carry = 0;
        if (coveredOnly && KeepsUncoveredBack && _covered < batch.Count)
        {
            if (_covered == 0 && !_heldCovered)
            {
                if (IsFull)
                {
                    await HoldAsync(batch, cancellationToken);
                }

                return;
            }

            carry = batch.Count - _covered;
        }

        if (batch.Count == carry && !_holding && !(force && _tables.PendingReset != TableReset.None))
        {
            return;
        }

        var next = FreshBatch(batch);
        if (carry > 0)
        {
            batch.MoveRowsFrom(batch.Count - carry, next);
        }

        var definition = _definition!;
        var deleteFlag = session.Config.HardDelete && definition.PrimaryKey.Count > 0 ? _mapping!.ColumnIndex(MetadataColumns.DeletedAtName) : -1;
        if (deleteFlag >= 0 && !HasValue(batch.Columns[deleteFlag], batch.Count))
        {
            // No record of this batch is a deletion: it can take the fast path.
            deleteFlag = -1;
        }

        var current = _tables.Current(definition);
        var upsert = definition.PrimaryKey.Count > 0;
        IReadOnlyList<string> appendKey = upsert ? [] : [.. _mapping!.KeyColumnNames];
        var load = new BatchLoad(definition, current, batch, upsert, _tables.TakeReset(definition), deleteFlag, appendKey) { ReleasesHeld = _holding };
        var batchedAt = _mapping!.MetadataIndex(MetadataColumn.BatchedAt);
        var heldFirst = _heldFirst;
        var keepsBack = KeepsUncoveredBack;
        _batch = next;
        _firstPending = carry > 0 ? _coveredThrough + 1 : long.MaxValue;
        _covered = 0;
        _holding = false;
        _heldCovered = false;
        _heldFirst = long.MaxValue;
        await session.Committer.EnqueueBatchAsync(() => CommitAsync(load, batchedAt, keepsBack, heldFirst, cancellationToken), cancellationToken);
    }

    /// <summary>Sets a full batch of rows that no STATE covers yet aside in the engine, and goes on with an empty one.</summary>
    private async Task HoldAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        var definition = _definition!;
        var batchedAt = _mapping!.MetadataIndex(MetadataColumn.BatchedAt);
        _heldFirst = Math.Min(_heldFirst, _firstPending);
        _holding = true;
        _heldCovered = false;
        _batch = FreshBatch(batch);
        _firstPending = long.MaxValue;
        _covered = 0;
        await session.Committer.EnqueueBatchAsync(
            async () =>
            {
                StampBatchedAt(batch, batchedAt);

                await _tables.GuardAsync(
                    "setting aside rows for",
                    async ct =>
                    {
                        await session.Dialect.HoldAsync(definition, batch, ct);
                        return batch.Count;
                    },
                    cancellationToken);
                session.Reporter.Info(string.Create(CultureInfo.InvariantCulture, $"{Stream}: {batch.Count} rows set aside until a STATE covers them (a stream without keys appends only what a STATE covers)"));
                Recycle(batch, definition);
            },
            cancellationToken);
    }

    /// <param name="keepsBack">Whether the stream commits only what a STATE covers.</param>
    /// <param name="heldFirst">The sequence number of the first row set aside, when the load releases them.</param>
    private async Task CommitAsync(BatchLoad load, int batchedAt, bool keepsBack, long heldFirst, CancellationToken cancellationToken)
    {
        if (AfterStop(load, keepsBack, heldFirst) is not { } kept)
        {
            Recycle(load.Rows, load.Table);
            return;
        }

        load = kept;
        var batch = load.Rows;
        StampBatchedAt(batch, batchedAt);

        var started = session.Time.GetTimestamp();
        LoadCounts counts;
        try
        {
            counts = await LoadAsync(load, cancellationToken);
        }
        catch (LoadException e) when (e.InnerException is not DbException { IsTransient: true } && !e.OutOfResources)
        {
            // A lost connection, a timeout or want of memory says nothing about the rows: only an
            // answer about them is searched. After a commit DuckDB could not find memory for, the
            // search would even be misled: the rolled-back rows can stay in the table's index and be
            // refused as duplicates.
            var (committed, refused, failure) = await RefusedRowSearch.LoadAsync(load, e, piece => LoadAsync(piece, cancellationToken));
            if (failure is not null)
            {
                Report.BatchCommitted(committed, 0, session.Time);
                ReportCommitted(committed, refused, session.Time.GetElapsedTime(started).TotalSeconds);
                throw Refusal(load, refused, heldFirst, failure);
            }

            counts = committed;
        }

        Report.BatchCommitted(counts, batch.Replaced, session.Time);
        ReportCommitted(counts, batch.Count, session.Time.GetElapsedTime(started).TotalSeconds);
        Recycle(batch, load.Table);
    }

    private Task<LoadCounts> LoadAsync(BatchLoad load, CancellationToken cancellationToken) =>
        _tables.GuardAsync("loading", ct => session.Dialect.LoadAsync(load, ct), cancellationToken);

    /// <summary>
    /// Once the run stops before some record, a batch commits only the rows before it; a stream that
    /// commits only what a STATE covers stops at the last STATE before that record.
    /// </summary>
    /// <returns>The load cut to those rows, or null when nothing of it is left to commit.</returns>
    private BatchLoad? AfterStop(BatchLoad load, bool keepsBack, long heldFirst)
    {
        var stop = session.Committer.StopsBefore;
        if (stop == long.MaxValue)
        {
            return load;
        }

        var limit = keepsBack ? states.CoveredBefore(stop) : stop;
        load.Rows.KeepBefore(limit);
        var releasesHeld = load.ReleasesHeld && heldFirst < limit;
        return load.Rows.Count > 0 || releasesHeld ? load with { ReleasesHeld = releasesHeld } : null;
    }

    /// <summary>The failure of a refused row, naming its line; rows set aside before the batch count as coming first.</summary>
    private static LoadException Refusal(BatchLoad load, int refused, long heldFirst, LoadException failure)
    {
        var rows = load.Rows;
        var first = long.MaxValue;
        for (var row = refused; row < rows.Count; row++)
        {
            first = Math.Min(first, rows.SequenceOf(row));
        }

        var place = refused < rows.Count ? $"line {rows.LineOf(refused)}" : "the rows set aside";
        if (refused == 0 && load.ReleasesHeld)
        {
            first = Math.Min(first, heldFirst);
            place = refused < rows.Count ? $"the rows set aside before line {rows.LineOf(0)}, or {place}" : place;
        }

        return new LoadException($"{place}: {failure.Message}", failure.InnerException!) { RefusedSequence = first };
    }

    private void ReportCommitted(LoadCounts counts, int rows, double seconds)
    {
        if (rows == 0 && counts.Total == 0)
        {
            return;
        }

        session.Reporter.Info(string.Create(
            CultureInfo.InvariantCulture,
            $"{Stream}: committed {rows} rows to {session.Describe(Table)} ({counts.Inserted} inserted, {counts.Updated} updated, {counts.Appended} appended{(counts.Unchanged > 0 ? $", {counts.Unchanged} unchanged" : string.Empty)}{(counts.Deleted > 0 ? $", {counts.Deleted} deleted" : string.Empty)}{(counts.Skipped > 0 ? $", {counts.Skipped} already stored" : string.Empty)}) in {seconds:0.000} s"));
    }

    private void ReportUndeclared(string path)
    {
        if (_undeclared.Add(path))
        {
            session.Reporter.Warning($"stream \"{Stream}\": property \"{path}\" is not in the stream's schema; its values are not loaded");
        }
    }

    /// <summary>An empty batch of the same columns: the last one committed, when the committer has given it back.</summary>
    private RowBatch FreshBatch(RowBatch batch) =>
        Interlocked.Exchange(ref _spare, null) ?? new RowBatch(batch.Columns.Select(c => c.Type).ToList(), batch.KeyColumns, session.Config.BatchSizeRows);

    private void StampBatchedAt(RowBatch batch, int batchedAt)
    {
        if (batchedAt >= 0)
        {
            ((ValueBuffer<DateTime>)batch.Columns[batchedAt]).Fill(session.UtcNow, batch.Count);
        }
    }

    /// <summary>Clears a batch the engine is done with and keeps it for reuse, unless the table has changed shape since.</summary>
    private void Recycle(RowBatch batch, TableDefinition shape)
    {
        batch.Clear();
        if (ReferenceEquals(shape, _definition))
        {
            // Taken by the reader's thread; a spare it has not taken yet is simply replaced.
            Volatile.Write(ref _spare, batch);
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
            session.Dialect.MaxIdentifierBytes,
            _deletions);
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
