using System.Data.Common;
using System.Globalization;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// Loads the records of a BATCH's files, read by the engine's own bulk reader, in one transaction.
/// Where nothing may need merging (an append without keys to check; an upsert that deletes nothing)
/// the records first go straight into the table, as the engine alone would load them: an upsert
/// whose keys are all new succeeds that way. One that meets a key already stored, or a key twice in
/// its files, breaks the primary key, is rolled back and is loaded again through the stage and the
/// merge of <see cref="BatchLoader"/>; its table's later BATCHes of the run go that way at once.
/// </summary>
internal sealed class FileLoader(IEngine engine, BatchLoader batches)
{
    private readonly HashSet<string> _merging = new(StringComparer.Ordinal);

    private SqlSession Session => engine.Session;

    /// <param name="beforeCommit">Runs last inside the transaction; throwing from it rolls the load back.</param>
    /// <returns>What the load did, and how many records the files held.</returns>
    public async Task<(LoadCounts Counts, long Records)> LoadFilesAsync(FileLoad load, Func<CancellationToken, Task> beforeCommit, CancellationToken cancellationToken)
    {
        await engine.BeforeFileLoadAsync(load, cancellationToken);
        (LoadCounts Counts, long Records) loaded;
        try
        {
            loaded = await LoadEitherWayAsync(load, beforeCommit, cancellationToken);
        }
        finally
        {
            await engine.AfterFileLoadAsync(CancellationToken.None);
        }

        await engine.AfterLoadAsync(batches.HoldsRows, cancellationToken);
        return loaded;
    }

    private async Task<(LoadCounts Counts, long Records)> LoadEitherWayAsync(FileLoad load, Func<CancellationToken, Task> beforeCommit, CancellationToken cancellationToken)
    {
        if (load.Upsert ? load.DeleteFlagColumn < 0 && !_merging.Contains(load.Table.Name) : !load.AppendsOnce)
        {
            try
            {
                return await LoadStraightAsync(load, beforeCommit, cancellationToken);
            }
            catch (DbException) when (load.Upsert)
            {
                // A key stored already, or twice in the files, breaks the primary key (a value the
                // engine refuses fails again below, and is reported from there).
                _merging.Add(load.Table.Name);
            }
        }

        return await LoadThroughStageAsync(load, beforeCommit, cancellationToken);
    }

    private async Task<(LoadCounts Counts, long Records)> LoadStraightAsync(FileLoad load, Func<CancellationToken, Task> beforeCommit, CancellationToken cancellationToken)
    {
        long loaded = 0;
        await Session.InTransactionAsync(
            async ct =>
            {
                await batches.ResetAsync(load.Table, load.Reset, ct);
                loaded = await InsertAsync(load, SqlText.Qualified(engine.QualifiedSchema, load.Table.Name), ct);
                await beforeCommit(ct);
            },
            cancellationToken);
        return (load.Upsert ? new LoadCounts(loaded, 0, 0, 0) : new LoadCounts(0, 0, loaded, 0), loaded);
    }

    private async Task<(LoadCounts Counts, long Records)> LoadThroughStageAsync(FileLoad load, Func<CancellationToken, Task> beforeCommit, CancellationToken cancellationToken)
    {
        var stageName = await engine.PrepareStageAsync(load.Table, cancellationToken);
        if (load.AppendsOnce)
        {
            await engine.PrepareKeyLookupAsync(load.Table.Name, load.AppendKey, cancellationToken);
        }

        LoadCounts counts = default;
        long staged = 0;
        await Session.InTransactionAsync(
            async ct =>
            {
                await batches.ResetAsync(load.Table, load.Reset, ct);
                await engine.EmptyStageAsync(stageName, load.Table, ct);
                staged = await InsertAsync(load, Identifiers.Quote(stageName), ct);
                if (load.Upsert)
                {
                    await engine.DropStagedDuplicatesAsync(stageName, load.Table.PrimaryKey, ct);
                }

                var merge = new StageMerge(load.Table, load.Upsert, load.AppendsOnce, load.AppendKey, load.DeleteFlagColumn) { FreshKeys = true };
                counts = await batches.MergeStageAsync(merge, stageName, staged, ct);
                await engine.ReleaseStageAsync(stageName, ct);
                await beforeCommit(ct);
            },
            cancellationToken);
        return (counts, staged);
    }

    /// <summary>One INSERT ... SELECT of every record of the files, typed, into <paramref name="target"/> (quoted).</summary>
    /// <returns>The records inserted.</returns>
    private async Task<long> InsertAsync(FileLoad load, string target, CancellationToken cancellationToken)
    {
        var source = await engine.OpenFilesAsync(load, cancellationToken);
        var parameters = new List<object>();
        var values = load.Columns
            .Select(c => c.Path is { } path ? engine.FileValue(path, c.Type) : $"CAST({Given(load, c.Parameter, parameters)} AS {engine.SqlType(c.Type)})")
            .ToList();
        return await Session.ExecuteAsync($"INSERT INTO {target} ({SqlText.ColumnList(load.Table)}) SELECT {string.Join(", ", values)} FROM {source}", cancellationToken, [.. parameters]);
    }

    /// <summary>A value the target gives rows: one parameter where every part gives the same, otherwise the one of the row's part.</summary>
    private string Given(FileLoad load, int index, List<object> parameters)
    {
        if (index < 0)
        {
            return "NULL";
        }

        if (!load.Differs(index))
        {
            return Parameter(parameters, load.Parts[0].Values[index]);
        }

        var cases = load.Parts.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN {i} THEN {Parameter(parameters, p.Values[index])}"));
        return $"CASE {engine.FilePart(load)} {string.Join(' ', cases)} END";
    }

    private static string Parameter(List<object> parameters, object value)
    {
        parameters.Add(value);
        return string.Create(CultureInfo.InvariantCulture, $"${parameters.Count}");
    }
}
