using System.Data.Common;
using System.Globalization;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// BATCH messages: their files are handed to the engine's own bulk reader and loaded through the
/// stage and merge of record batches, in a commit of their own queued where the messages stand.
/// With validate_records on, the record path's converter checks the same files meanwhile, and the
/// load commits only if it accepts every record. When a record is refused, the messages before the
/// one that holds it are loaded without it, as they would have been one by one.
/// </summary>
internal sealed partial class StreamLoader
{
    public async Task OnBatchAsync(BatchRun run, CancellationToken cancellationToken)
    {
        var first = run.Parts[0];
        if (first.Message.Version is not null && _mapping is { IsVersioned: false })
        {
            await EnableVersioningAsync(first.Message.LineNumber, cancellationToken);
        }

        // The stream's records read before the BATCH are committed before its files.
        await BeginFlushAsync(cancellationToken);
        var mapping = _mapping!;
        var definition = _definition!;
        var upsert = definition.PrimaryKey.Count > 0;
        IReadOnlyList<FileColumn> columns = [];
        var parts = new List<FilePart>(run.Parts.Count);
        var batchedAt = -1;
        foreach (var part in run.Parts)
        {
            var context = new RecordContext(null, part.ReceivedAt, session.SequenceBase + part.Message.LineNumber, part.Message.Version ?? _activeVersion, session.StartedAt);
            (columns, var values, batchedAt) = FileColumns.For(mapping, context);
            parts.Add(new FilePart([.. part.Files.Select(f => f.Path)], values));
        }

        var load = new FileLoad(
            definition,
            columns,
            parts,
            first.Gzip,
            upsert,
            _tables.TakeReset(definition),
            session.Config.HardDelete && upsert ? mapping.ColumnIndex(MetadataColumns.DeletedAtName) : -1,
            upsert ? [] : [.. mapping.KeyColumnNames]);
        var files = run.Parts.SelectMany(p => p.Files).ToList();
        var check = session.Config.ValidateRecords
            ? Task.Run(() => BatchFileCheck.FindRefused(files, first.Gzip, mapping, validate: true, cancellationToken), cancellationToken)
            : null;
        await session.Committer.EnqueueBatchAsync(
            async () =>
            {
                if (session.Committer.StopsBefore <= first.Sequence)
                {
                    return;
                }

                if (batchedAt >= 0)
                {
                    var now = session.UtcNow;
                    foreach (var part in parts)
                    {
                        ((object[])part.Values)[batchedAt] = now;
                    }
                }

                await CommitFilesAsync(load, new FileCheck(run.Parts, files, mapping, check), cancellationToken);
            },
            cancellationToken);
    }

    private async Task CommitFilesAsync(FileLoad load, FileCheck check, CancellationToken cancellationToken)
    {
        FileRefusal? refusal;
        Exception cause;
        string? engineError = null;
        try
        {
            await LoadFilesAsync(load, check.Parts, check.Validation, cancellationToken);
            return;
        }
        catch (BatchRefusedException e)
        {
            refusal = e.Refusal;
            cause = e;
        }
        catch (LoadException e) when (e.InnerException is not DbException { IsTransient: true })
        {
            // The engine refused a value: the record path's converter finds which record holds it.
            refusal = (check.Validation is null ? null : await check.Validation)
                ?? await Task.Run(() => BatchFileCheck.FindRefused(check.Files, load.Gzip, check.Mapping, session.Config.ValidateRecords, cancellationToken), cancellationToken);
            cause = e.InnerException!;
            engineError = e.Message;
        }

        var refused = refusal is null ? 0 : PartOf(check.Parts, refusal.File);
        if (refused > 0)
        {
            await LoadFilesAsync(load with { Parts = load.Parts.Take(refused).ToList() }, check.Parts.Take(refused).ToList(), null, cancellationToken);
        }

        var line = check.Parts[refused].Message.LineNumber;
        var message = refusal is null
            ? $"line {line}: {engineError}"
            : $"line {line}: stream \"{Stream}\": {refusal.Problem}{(engineError is null ? string.Empty : $" ({engineError})")}";
        throw new LoadException(message, cause) { RefusedSequence = check.Parts[refused].Sequence };
    }

    private async Task LoadFilesAsync(FileLoad load, IReadOnlyList<BatchPart> parts, Task<FileRefusal?>? validation, CancellationToken cancellationToken)
    {
        var started = session.Time.GetTimestamp();
        var loaded = await _tables.GuardAsync(
            "loading",
            ct => session.Dialect.LoadFilesAsync(load, async _ => await ThrowIfRefusedAsync(validation), ct),
            cancellationToken);
        Report.FileRecordsCommitted(loaded.Records, loaded.Counts, parts[0].ReadAt, session.Time);
        var lines = parts.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"line {parts[0].Message.LineNumber}")
            : string.Create(CultureInfo.InvariantCulture, $"{parts.Count} BATCH messages, lines {parts[0].Message.LineNumber}-{parts[^1].Message.LineNumber}");
        session.Reporter.Info(string.Create(CultureInfo.InvariantCulture, $"{Stream}: {loaded.Records} records from {load.Files.Count} BATCH files ({lines})"));
        ReportCommitted(loaded.Counts, (int)Math.Min(loaded.Records, int.MaxValue), session.Time.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>The index of the part that holds the load's file numbered <paramref name="file"/>.</summary>
    private static int PartOf(IReadOnlyList<BatchPart> parts, int file)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (file < parts[i].Files.Count)
            {
                return i;
            }

            file -= parts[i].Files.Count;
        }

        return parts.Count - 1;
    }

    private static async Task ThrowIfRefusedAsync(Task<FileRefusal?>? validation)
    {
        if (validation is not null && await validation is { } refusal)
        {
            throw new BatchRefusedException(refusal);
        }
    }

    /// <summary>The messages and files of a load as the record path reads them, and that reading's verdict when validate_records is on.</summary>
    private sealed record FileCheck(IReadOnlyList<BatchPart> Parts, IReadOnlyList<BatchFile> Files, StreamMapping Mapping, Task<FileRefusal?>? Validation);
}
