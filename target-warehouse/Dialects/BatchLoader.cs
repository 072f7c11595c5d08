using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// Loads a batch in one transaction, the same way on every engine: the table's reset, the rows held
/// for it, then its rows either straight through the engine's bulk path or through a stage and one
/// merge, with rows an append has stored already left out.
/// </summary>
/// <remarks>
/// Into a table that held no row when the run first loaded it (a first sync), an upsert writes the
/// batch straight in without first asking which of its keys the table holds, until the table
/// refuses a key: the load is then rolled back and run again with the lookup, as every later batch
/// of the table is in the run. Asking costs DuckDB a scan of the table's keys (it does not look a
/// join up in the key's index), so on a first sync, where no key is there yet, the lookups grew
/// with the table and the number of batches. A table that holds rows already (a later or resumed
/// run, which sends keys it holds) is asked from its first batch on, as before.
/// </remarks>
internal sealed class BatchLoader(IEngine engine)
{
    private readonly HeldRows _held = new(engine);
    private readonly Dictionary<string, bool> _writesWithoutLookup = new(StringComparer.Ordinal);

    private SqlSession Session => engine.Session;

    private string Qualified(string table) => SqlText.Qualified(engine.QualifiedSchema, table);

    /// <summary>Whether rows are set aside, which a new connection would lose.</summary>
    public bool HoldsRows => _held.Any;

    /// <inheritdoc cref="IDialect.HoldAsync"/>
    public Task HoldAsync(TableDefinition table, RowBatch rows, CancellationToken cancellationToken) => _held.HoldAsync(table, rows, cancellationToken);

    public async Task<LoadCounts> LoadAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        var direct = WritesDirectly(load);
        var staged = !direct || (load.Upsert && load.DeleteFlagColumn >= 0);
        var stage = staged || load.Upsert || load.AppendsOnce ? await engine.PrepareStageAsync(load.Table, cancellationToken) : null;
        if (load.AppendsOnce)
        {
            await engine.PrepareKeyLookupAsync(load.Table.Name, load.AppendKey, cancellationToken);
        }

        await engine.BeforeLoadAsync(load, cancellationToken);
        var withoutLookup = !staged && await WritesWithoutLookupAsync(load, cancellationToken);
        LoadCounts counts;
        try
        {
            counts = await LoadInTransactionAsync(load, staged, stage, lookUp: !withoutLookup, cancellationToken);
        }
        catch (Exception e) when (withoutLookup && engine.IsDuplicateKey(e))
        {
            _writesWithoutLookup[load.Table.Name] = false;
            counts = await LoadInTransactionAsync(load, staged, stage, lookUp: true, cancellationToken);
        }

        await engine.AfterLoadAsync(_held.Any, cancellationToken);
        return counts;
    }

    /// <summary>
    /// Whether an upsert goes straight in: its table held no row when the run first loaded it, and
    /// has refused no key since (see <see cref="BatchLoader"/>). Loads that would not look keys up
    /// anyway (appends, resets) and loads releasing rows set aside, which a rollback would lose
    /// track of, never do.
    /// </summary>
    private async Task<bool> WritesWithoutLookupAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        var table = load.Table.Name;
        if (!load.Upsert || load.Reset != TableReset.None || _held.Any)
        {
            return false;
        }

        if (!_writesWithoutLookup.TryGetValue(table, out var without))
        {
            without = await Session.ScalarAsync($"SELECT count(*) FROM (SELECT 1 FROM {Qualified(table)} LIMIT 1) AS t", cancellationToken) == 0;
            _writesWithoutLookup[table] = without;
        }

        return without;
    }

    /// <param name="lookUp">Whether an upsert asks which keys the table holds before writing (see <see cref="BatchLoader"/>).</param>
    private async Task<LoadCounts> LoadInTransactionAsync(BatchLoad load, bool staged, string? stage, bool lookUp, CancellationToken cancellationToken)
    {
        LoadCounts counts = default;
        await Session.InTransactionAsync(
            async ct =>
            {
                await ResetAsync(load.Table, load.Reset, ct);
                var held = await _held.ReleaseAsync(load, ct);
                counts = staged ? await LoadThroughStageAsync(load, stage!, ct) : await LoadDirectlyAsync(load, stage, lookUp, ct);
                counts += new LoadCounts(0, 0, held, 0);
            },
            cancellationToken);
        return counts;
    }

    /// <summary>Recreates or empties the table, as the load's reset asks, inside its transaction.</summary>
    public async Task ResetAsync(TableDefinition definition, TableReset reset, CancellationToken cancellationToken)
    {
        var table = Qualified(definition.Name);
        if (reset == TableReset.Recreate)
        {
            await Session.ExecuteAsync($"DROP TABLE IF EXISTS {table}", cancellationToken);
            await Session.ExecuteAsync(SqlText.CreateTable(table, definition, engine.SqlType), cancellationToken);
        }
        else if (reset == TableReset.Truncate)
        {
            await Session.ExecuteAsync($"DELETE FROM {table}", cancellationToken);
        }
    }

    /// <summary>
    /// The fast path: rows whose key is new (all rows, when appending) go straight into the table
    /// through the engine's bulk path; only rows whose key exists pass through the stage and the merge.
    /// </summary>
    private async Task<LoadCounts> LoadDirectlyAsync(BatchLoad load, string? stage, bool lookUp, CancellationToken cancellationToken)
    {
        if (!load.Upsert)
        {
            return load.AppendsOnce ? await AppendOnceAsync(load, stage!, cancellationToken) : await AppendAllAsync(load, cancellationToken);
        }

        var existing = lookUp && load.Reset == TableReset.None && load.Rows.Count > 0
            ? await engine.ExistingRowsAsync(load, load.Table.PrimaryKey, cancellationToken)
            : [];
        if (existing.Count == 0)
        {
            await engine.WriteTableAsync(load, null, cancellationToken);
            return new LoadCounts(load.Rows.Count, 0, 0, 0);
        }

        var fresh = Others(load.Rows.Count, existing);
        if (fresh.Length > 0)
        {
            await engine.WriteTableAsync(load, fresh, cancellationToken);
        }

        await engine.EmptyStageAsync(stage!, load.Table, cancellationToken);
        await engine.WriteStageAsync(stage!, load.Table.Columns, load.Rows, [.. existing], cancellationToken);
        var updated = await engine.UpdateExistingAsync(load, Identifiers.Quote(stage!), cancellationToken);
        await engine.ReleaseStageAsync(stage!, cancellationToken);
        return new LoadCounts(fresh.Length, updated, 0, 0, Unchanged: existing.Count - updated);
    }

    /// <summary>The general path: every row through the stage, then one merge (or append) from it.</summary>
    private async Task<LoadCounts> LoadThroughStageAsync(BatchLoad load, string stageName, CancellationToken cancellationToken)
    {
        await engine.EmptyStageAsync(stageName, load.Table, cancellationToken);
        await engine.WriteStageAsync(stageName, load.Table.Columns, load.Rows, null, cancellationToken);
        var counts = await MergeStageAsync(new StageMerge(load.Table, load.Upsert, load.AppendsOnce, load.AppendKey, load.DeleteFlagColumn), stageName, load.Rows.Count, cancellationToken);
        await engine.ReleaseStageAsync(stageName, cancellationToken);
        return counts;
    }

    /// <summary>Merges (or appends) the stage's rows into the table.</summary>
    /// <param name="staged">The rows in the stage, for the count of those an append left out.</param>
    public async Task<LoadCounts> MergeStageAsync(StageMerge merge, string stageName, long staged, CancellationToken cancellationToken)
    {
        var table = Qualified(merge.Table.Name);
        var stage = Identifiers.Quote(stageName);
        var columns = SqlText.ColumnList(merge.Table);
        if (!merge.Upsert)
        {
            var filter = merge.AppendsOnce ? $" AS s WHERE NOT EXISTS (SELECT 1 FROM {table} AS t WHERE {SameVersion(merge.Table, merge.AppendKey)})" : string.Empty;
            var appended = await Session.ExecuteAsync($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage}{filter}", cancellationToken);
            return new LoadCounts(0, 0, appended, 0, staged - appended);
        }

        var flag = merge.DeleteFlagColumn >= 0 ? Identifiers.Quote(merge.Table.Columns[merge.DeleteFlagColumn].Name) : null;
        var keep = flag is null ? "TRUE" : $"s.{flag} IS NULL";
        var keyMatch = SqlText.KeyMatch(merge.Table);
        var kept = await Session.ScalarAsync($"SELECT count(*) FROM {stage} AS s WHERE {keep}", cancellationToken);
        var existing = await Session.ScalarAsync($"SELECT count(*) FROM {stage} AS s WHERE {keep} AND EXISTS (SELECT 1 FROM {table} AS t WHERE {keyMatch})", cancellationToken);
        if (existing == 0 && merge.FreshKeys && flag is null)
        {
            // No key is in the table yet (a first load, say), the stage holds each once and deletes
            // nothing: a plain insert, which both engines run far faster than a merge.
            var plain = await Session.ExecuteAsync($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage} AS s WHERE {keep}", cancellationToken);
            return new LoadCounts(plain, 0, 0, 0);
        }

        // The merge counts the rows it inserted and those it changed, not those it left as they were.
        var touched = await Session.ExecuteAsync(SqlText.Upsert(table, merge.Table, stage, keep), cancellationToken);
        var inserted = kept - existing;
        var updated = touched - inserted;
        long deleted = 0;
        if (flag is not null)
        {
            deleted = await Session.ExecuteAsync($"DELETE FROM {table} AS t WHERE EXISTS (SELECT 1 FROM {stage} AS s WHERE {keyMatch} AND s.{flag} IS NOT NULL)", cancellationToken);
        }

        return new LoadCounts(inserted, updated, 0, deleted, Unchanged: existing - updated);
    }

    private async Task<LoadCounts> AppendAllAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        await engine.WriteTableAsync(load, null, cancellationToken);
        return new LoadCounts(0, 0, load.Rows.Count, 0);
    }

    /// <summary>
    /// A keyed append: rows whose key the table does not hold yet go straight in; the others (after a
    /// resume, the records sent again) pass through the stage and are appended only when the table
    /// holds no row with the same values, so a new version of a record is still kept.
    /// </summary>
    private async Task<LoadCounts> AppendOnceAsync(BatchLoad load, string stage, CancellationToken cancellationToken)
    {
        var existing = load.Rows.Count > 0 ? await engine.ExistingRowsAsync(load, load.AppendKey, cancellationToken) : [];
        if (existing.Count == 0)
        {
            return await AppendAllAsync(load, cancellationToken);
        }

        var fresh = Others(load.Rows.Count, existing);
        if (fresh.Length > 0)
        {
            await engine.WriteTableAsync(load, fresh, cancellationToken);
        }

        var table = Qualified(load.Table.Name);
        var columns = SqlText.ColumnList(load.Table);
        await engine.EmptyStageAsync(stage, load.Table, cancellationToken);
        await engine.WriteStageAsync(stage, load.Table.Columns, load.Rows, [.. existing], cancellationToken);
        var appended = await Session.ExecuteAsync(
            $"INSERT INTO {table} ({columns}) SELECT {columns} FROM {Identifiers.Quote(stage)} AS s WHERE NOT EXISTS (SELECT 1 FROM {table} AS t WHERE {SameVersion(load.Table, load.AppendKey)})",
            cancellationToken);
        await engine.ReleaseStageAsync(stage, cancellationToken);
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
    private static string SameVersion(TableDefinition table, IReadOnlyList<string> appendKey)
    {
        var key = appendKey.Select(Identifiers.Quote).Select(k => $"t.{k} = s.{k}");
        var values = table.Columns
            .Where(c => !appendKey.Contains(c.Name, StringComparer.Ordinal) && !MetadataColumns.IsMetadata(c.Name))
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
