using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Loading into DuckDB. Stages are temporary tables created for one batch and dropped with it:
/// DuckDB never reclaims the space of rows deleted from a temporary table (TRUNCATE included), so
/// a stage kept for the session grew by a whole batch every time, all of it in memory.
/// </summary>
internal sealed partial class DuckDbDialect
{
    private const string Stage = "tw_stage";
    private const string KeyStage = "tw_keys";

    protected override Task<string> PrepareStageAsync(TableDefinition table, CancellationToken cancellationToken) => Task.FromResult(Stage);

    protected override Task EmptyStageAsync(string stage, TableDefinition table, CancellationToken cancellationToken) =>
        ExecuteAsync($"CREATE OR REPLACE TEMPORARY TABLE {Identifiers.Quote(stage)} ({StageColumns(table)})", cancellationToken);

    protected override Task ReleaseStageAsync(string stage, CancellationToken cancellationToken) =>
        ExecuteAsync($"DROP TABLE IF EXISTS {Identifiers.Quote(stage)}", cancellationToken);

    protected override Task WriteStageAsync(string stage, IReadOnlyList<ColumnDefinition> columns, RowBatch batch, int[]? rows, CancellationToken cancellationToken)
    {
        DuckDbChunkWriter.Write(_connection, "temp", "main", stage, batch, [.. Enumerable.Range(0, columns.Count)], rows, cancellationToken);
        return Task.CompletedTask;
    }

    protected override Task WriteTableAsync(BatchLoad load, int[]? rows, CancellationToken cancellationToken)
    {
        // The appender fills every column of the table in its own order; columns the batch lacks get NULL.
        var batchColumns = load.Table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        int[] map = [.. load.Current.Columns.Select(c => batchColumns.TryGetValue(c.Name, out var i) ? i : DuckDbChunkWriter.Null)];
        DuckDbChunkWriter.Write(_connection, _catalog, Schema, load.Table.Name, load.Rows, map, rows, cancellationToken);
        return Task.CompletedTask;
    }

    protected override async Task<IReadOnlyList<int>> ExistingRowsAsync(BatchLoad load, IReadOnlyList<string> key, CancellationToken cancellationToken)
    {
        var batchIndex = load.Table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var keyColumns = string.Join(", ", key.Select(k => $"{Identifiers.Quote(k)} {SqlType(load.Table.Columns[batchIndex[k]].Type)}"));
        await ExecuteAsync($"CREATE OR REPLACE TEMPORARY TABLE {KeyStage} (ord BIGINT, {keyColumns})", cancellationToken);
        DuckDbChunkWriter.Write(_connection, "temp", "main", KeyStage, load.Rows, [DuckDbChunkWriter.RowOrdinal, .. key.Select(k => batchIndex[k])], null, cancellationToken);

        var existing = new List<int>();
        var match = string.Join(" AND ", key.Select(Identifiers.Quote).Select(k => $"t.{k} = s.{k}"));
        await using (var command = Command($"SELECT s.ord FROM {KeyStage} AS s SEMI JOIN {Qualified(load.Table.Name)} AS t ON {match}"))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add((int)reader.GetInt64(0));
            }
        }

        await ExecuteAsync($"DROP TABLE {KeyStage}", cancellationToken);
        return existing;
    }

    /// <summary>
    /// Replaces the rows of existing keys (every stage row has one) rather than updating them in
    /// place: DuckDB (1.5) keeps a copy of the text of every updated VARCHAR or JSON value in memory
    /// until the database closes, and updating rows spread over the table held several hundred MB
    /// more while it ran. Rows the stage brings unchanged are left alone, so that a stream sent
    /// again as it was costs no writes. DuckDB's primary key accepts a key deleted and inserted
    /// again within one transaction.
    /// </summary>
    protected override async Task<long> UpdateExistingAsync(BatchLoad load, string stage, CancellationToken cancellationToken)
    {
        var batchColumns = load.Table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (load.Current.Columns.Any(c => !batchColumns.Contains(c.Name)))
        {
            // Columns the stream no longer sends keep their values; only an update in place does that.
            return await base.UpdateExistingAsync(load, stage, cancellationToken);
        }

        var table = Qualified(load.Table.Name);
        await ExecuteAsync(DuckDbMergeSql.DropUnchanged(table, load.Table, stage), cancellationToken);
        await ExecuteAsync(DuckDbMergeSql.DeleteReplaced(table, load.Table, stage), cancellationToken);
        return await ExecuteAsync(DuckDbMergeSql.InsertStaged(table, load.Table, stage), cancellationToken);
    }
}
