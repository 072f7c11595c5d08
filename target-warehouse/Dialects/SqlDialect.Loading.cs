using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>Loading a batch: the bulk path straight into the table, and the stage with its merge.</summary>
internal abstract partial class SqlDialect
{
    public async Task<LoadCounts> LoadAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        var direct = WritesDirectly(load);
        var staged = !direct || (load.Upsert && load.DeleteFlagColumn >= 0);
        var stage = staged || load.Upsert || load.AppendsOnce ? await PrepareStageAsync(load.Table, cancellationToken) : null;
        if (load.AppendsOnce)
        {
            await PrepareKeyLookupAsync(load.Table.Name, load.AppendKey, cancellationToken);
        }

        await BeforeLoadAsync(load, cancellationToken);
        LoadCounts counts = default;
        await InTransactionAsync(
            async ct =>
            {
                await ResetAsync(load, ct);
                var held = await ReleaseHeldAsync(load, ct);
                counts = staged ? await LoadThroughStageAsync(load, stage!, ct) : await LoadDirectlyAsync(load, stage, ct);
                counts += new LoadCounts(0, 0, held, 0);
            },
            cancellationToken);
        await AfterLoadAsync(cancellationToken);
        return counts;
    }

    /// <param name="stage">The staging table's unquoted name.</param>
    /// <param name="rows">The batch rows to write, or null for all of them.</param>
    protected abstract Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken);

    /// <summary>Bulk-writes rows (all, or those listed in <paramref name="rows"/>) straight into the target table.</summary>
    protected abstract Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken);

    /// <summary>The batch rows whose <paramref name="key"/> is already in the table, each once.</summary>
    protected abstract Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, IReadOnlyList<string> key, CancellationToken cancellationToken);

    /// <summary>Updates the table from a stage every row of which has a key already in the table.</summary>
    /// <param name="stage">The stage's quoted name.</param>
    /// <returns>The rows changed; the others held their values already and are left alone.</returns>
    protected virtual Task<long> UpdateExistingAsync(BatchLoad load, string stage, CancellationToken cancellationToken) =>
        ExecuteAsync(SqlText.Upsert(Qualified(load.Table.Name), load.Table, stage, "TRUE"), cancellationToken);

    /// <summary>Makes looking up the rows of an appended table by <paramref name="key"/> cheap, where the engine needs that. Runs before the batch's transaction begins.</summary>
    protected virtual Task PrepareKeyLookupAsync(string table, IReadOnlyList<string> key, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before the batch's transaction begins.</summary>
    protected virtual Task BeforeLoadAsync(BatchLoad load, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once the batch is committed.</summary>
    protected virtual Task AfterLoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ResetAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        var table = Qualified(load.Table.Name);
        if (load.Reset == TableReset.Recreate)
        {
            await ExecuteAsync($"DROP TABLE IF EXISTS {table}", cancellationToken);
            await ExecuteAsync(SqlText.CreateTable(table, load.Table, SqlType), cancellationToken);
        }
        else if (load.Reset == TableReset.Truncate)
        {
            await ExecuteAsync($"DELETE FROM {table}", cancellationToken);
        }
    }

    /// <summary>
    /// The fast path: rows whose key is new (all rows, when appending) go straight into the table
    /// through the engine's bulk path; only rows whose key exists pass through the stage and the merge.
    /// </summary>
    private async Task<LoadCounts> LoadDirectlyAsync(BatchLoad load, string? stage, CancellationToken cancellationToken)
    {
        if (!load.Upsert)
        {
            return load.AppendsOnce ? await AppendOnceAsync(load, stage!, cancellationToken) : await AppendAllAsync(load, cancellationToken);
        }

        var existing = load.Reset == TableReset.None && load.Rows.Count > 0
            ? await ExistingRowsAsync(load, load.Table.PrimaryKey, cancellationToken)
            : [];
        if (existing.Count == 0)
        {
            await WriteTableAsync(load, null, cancellationToken);
            return new LoadCounts(load.Rows.Count, 0, 0, 0);
        }

        var fresh = Others(load.Rows.Count, existing);
        if (fresh.Length > 0)
        {
            await WriteTableAsync(load, fresh, cancellationToken);
        }

        await EmptyStageAsync(stage!, load.Table, cancellationToken);
        await WriteStageAsync(stage!, load.Table.Columns, load.Rows, [.. existing], cancellationToken);
        var updated = await UpdateExistingAsync(load, Identifiers.Quote(stage!), cancellationToken);
        await ReleaseStageAsync(stage!, cancellationToken);
        return new LoadCounts(fresh.Length, updated, 0, 0, Unchanged: existing.Count - updated);
    }

    /// <summary>The general path: every row through the stage, then one merge (or append) from it.</summary>
    private async Task<LoadCounts> LoadThroughStageAsync(BatchLoad load, string stageName, CancellationToken cancellationToken)
    {
        var table = Qualified(load.Table.Name);
        var stage = Identifiers.Quote(stageName);
        await EmptyStageAsync(stageName, load.Table, cancellationToken);
        await WriteStageAsync(stageName, load.Table.Columns, load.Rows, null, cancellationToken);
        var columns = SqlText.ColumnList(load.Table);
        LoadCounts counts;
        if (!load.Upsert)
        {
            var filter = load.AppendsOnce ? $" AS s WHERE NOT EXISTS (SELECT 1 FROM {table} AS t WHERE {SameVersion(load)})" : string.Empty;
            var appended = await ExecuteAsync($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage}{filter}", cancellationToken);
            counts = new LoadCounts(0, 0, appended, 0, load.Rows.Count - appended);
        }
        else
        {
            var flag = load.DeleteFlagColumn >= 0 ? Identifiers.Quote(load.Table.Columns[load.DeleteFlagColumn].Name) : null;
            var keep = flag is null ? "TRUE" : $"s.{flag} IS NULL";
            var keyMatch = SqlText.KeyMatch(load.Table);
            var kept = await ScalarAsync($"SELECT count(*) FROM {stage} AS s WHERE {keep}", cancellationToken);
            var existing = await ScalarAsync($"SELECT count(*) FROM {stage} AS s WHERE {keep} AND EXISTS (SELECT 1 FROM {table} AS t WHERE {keyMatch})", cancellationToken);

            // The merge counts the rows it inserted and those it changed, not those it left as they were.
            var touched = await ExecuteAsync(SqlText.Upsert(table, load.Table, stage, keep), cancellationToken);
            var inserted = kept - existing;
            var updated = touched - inserted;
            long deleted = 0;
            if (flag is not null)
            {
                deleted = await ExecuteAsync($"DELETE FROM {table} AS t WHERE EXISTS (SELECT 1 FROM {stage} AS s WHERE {keyMatch} AND s.{flag} IS NOT NULL)", cancellationToken);
            }

            counts = new LoadCounts(inserted, updated, 0, deleted, Unchanged: existing - updated);
        }

        await ReleaseStageAsync(stageName, cancellationToken);
        return counts;
    }

    private async Task<LoadCounts> AppendAllAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        await WriteTableAsync(load, null, cancellationToken);
        return new LoadCounts(0, 0, load.Rows.Count, 0);
    }

    /// <summary>
    /// A keyed append: rows whose key the table does not hold yet go straight in; the others (after a
    /// resume, the records sent again) pass through the stage and are appended only when the table
    /// holds no row with the same values, so a new version of a record is still kept.
    /// </summary>
    private async Task<LoadCounts> AppendOnceAsync(BatchLoad load, string stage, CancellationToken cancellationToken)
    {
        var existing = load.Rows.Count > 0 ? await ExistingRowsAsync(load, load.AppendKey, cancellationToken) : [];
        if (existing.Count == 0)
        {
            return await AppendAllAsync(load, cancellationToken);
        }

        var fresh = Others(load.Rows.Count, existing);
        if (fresh.Length > 0)
        {
            await WriteTableAsync(load, fresh, cancellationToken);
        }

        var table = Qualified(load.Table.Name);
        var columns = SqlText.ColumnList(load.Table);
        await EmptyStageAsync(stage, load.Table, cancellationToken);
        await WriteStageAsync(stage, load.Table.Columns, load.Rows, [.. existing], cancellationToken);
        var appended = await ExecuteAsync(
            $"INSERT INTO {table} ({columns}) SELECT {columns} FROM {Identifiers.Quote(stage)} AS s WHERE NOT EXISTS (SELECT 1 FROM {table} AS t WHERE {SameVersion(load)})",
            cancellationToken);
        await ReleaseStageAsync(stage, cancellationToken);
        return new LoadCounts(0, 0, fresh.Length + appended, 0, existing.Count - appended);
    }

    /// <summary>The rows of a batch of <paramref name="count"/> that are not in <paramref name="existing"/>, in order.</summary>
    private static int[] Others(int count, IReadOnlyList<int> existing)
    {
        var isExisting = new bool[count];
        foreach (var row in existing)
        {
            isExisting[row] = true;
        }

        return [.. Enumerable.Range(0, count).Where(r => !isExisting[r])];
    }

    /// <summary>Stage row s and table row t hold the same version: the same key and the same values, _sdc_ metadata aside.</summary>
    private static string SameVersion(BatchLoad load)
    {
        var key = load.AppendKey.Select(Identifiers.Quote).Select(k => $"t.{k} = s.{k}");
        var values = load.Table.Columns
            .Where(c => !load.AppendKey.Contains(c.Name, StringComparer.Ordinal) && !MetadataColumns.IsMetadata(c.Name))
            .Select(c => Identifiers.Quote(c.Name))
            .Select(c => $"t.{c} IS NOT DISTINCT FROM s.{c}");
        return string.Join(" AND ", key.Concat(values));
    }

    /// <summary>Rows go straight into the table only where every batch column has exactly the table's type.</summary>
    private static bool WritesDirectly(BatchLoad load)
    {
        var current = load.Current.Types;
        return load.Table.Columns.All(c => current.TryGetValue(c.Name, out var type) && type == c.Type)
            && load.Current.Columns.Count == current.Count;
    }
}
