using System.Data.Common;
using System.Globalization;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// BATCH messages: their files are handed to the engine's own bulk reader and loaded through the
/// stage and merge of record batches, in a commit of their own queued where the message stands.
/// With validate_records on, the record path's converter checks the same files meanwhile, and the
/// load commits only if it accepts every record.
/// </summary>
internal sealed partial class StreamLoader
{
    /// <param name="sequence">The BATCH's place among the records: a STATE after it waits for its commit.</param>
    public async Task OnBatchAsync(BatchMessage message, long sequence, CancellationToken cancellationToken)
    {
        var (files, gzip) = BatchFiles.Resolve(message);
        if (message.Version is not null && _mapping is { IsVersioned: false })
        {
            await EnableVersioningAsync(message.LineNumber, cancellationToken);
        }

        // The stream's records read before the BATCH are committed before its files.
        await BeginFlushAsync(cancellationToken);
        var mapping = _mapping!;
        var definition = _definition!;
        var upsert = definition.PrimaryKey.Count > 0;
        var read = session.Time.GetTimestamp();
        var context = new RecordContext(null, session.UtcNow, session.SequenceBase + message.LineNumber, message.Version ?? _activeVersion, session.StartedAt);
        var (columns, values, batchedAt) = FileColumns.For(mapping, context);
        var load = new FileLoad(
            definition,
            columns,
            [.. files.Select(f => f.Path)],
            gzip,
            upsert,
            _tables.TakeReset(definition),
            session.Config.HardDelete && upsert ? mapping.ColumnIndex(MetadataColumns.DeletedAtName) : -1,
            upsert ? [] : [.. mapping.KeyColumnNames],
            values);
        var check = session.Config.ValidateRecords
            ? Task.Run(() => BatchFileCheck.FindRefused(files, gzip, mapping, validate: true, cancellationToken), cancellationToken)
            : null;
        await session.Committer.EnqueueBatchAsync(
            async () =>
            {
                if (session.Committer.StopsBefore <= sequence)
                {
                    return;
                }

                if (batchedAt >= 0)
                {
                    values[batchedAt] = session.UtcNow;
                }

                await CommitFilesAsync(load, new FileCheck(files, mapping, check), message.LineNumber, sequence, read, cancellationToken);
            },
            cancellationToken);
    }

    private async Task CommitFilesAsync(FileLoad load, FileCheck check, long line, long sequence, long read, CancellationToken cancellationToken)
    {
        var started = session.Time.GetTimestamp();
        (LoadCounts Counts, long Records) loaded;
        try
        {
            loaded = await _tables.GuardAsync(
                "loading",
                ct => session.Dialect.LoadFilesAsync(load, async _ => await ThrowIfRefusedAsync(check.Validation), ct),
                cancellationToken);
        }
        catch (BatchRefusedException e)
        {
            throw new LoadException($"line {line}: stream \"{Stream}\": {e.Message}", e) { RefusedSequence = sequence };
        }
        catch (LoadException e) when (e.InnerException is not DbException { IsTransient: true })
        {
            // The engine refused a value: the record path's converter finds which record holds it.
            var problem = (check.Validation is null ? null : await check.Validation)
                ?? await Task.Run(() => BatchFileCheck.FindRefused(check.Files, load.Gzip, check.Mapping, session.Config.ValidateRecords, cancellationToken), cancellationToken);
            var message = problem is null ? $"line {line}: {e.Message}" : $"line {line}: stream \"{Stream}\": {problem} ({e.Message})";
            throw new LoadException(message, e.InnerException!) { RefusedSequence = sequence };
        }

        Report.FileRecordsCommitted(loaded.Records, loaded.Counts, read, session.Time);
        session.Reporter.Info(string.Create(CultureInfo.InvariantCulture, $"{Stream}: {loaded.Records} records from {check.Files.Count} BATCH files (line {line})"));
        ReportCommitted(loaded.Counts, (int)Math.Min(loaded.Records, int.MaxValue), session.Time.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task ThrowIfRefusedAsync(Task<string?>? validation)
    {
        if (validation is not null && await validation is { } problem)
        {
            throw new BatchRefusedException(problem);
        }
    }

    /// <summary>The files of a BATCH as the record path reads them, and that reading's verdict when validate_records is on.</summary>
    private sealed record FileCheck(IReadOnlyList<BatchFile> Files, StreamMapping Mapping, Task<string?>? Validation);
}
