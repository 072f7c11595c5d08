using System.Globalization;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// Staging tables: temporary tables shaped like a batch, filled through the bulk path and merged
/// from. By default one per target table is kept for the session and emptied for each batch.
/// </summary>
internal abstract partial class SqlDialect
{
    private readonly Dictionary<string, (string Name, string Signature)> _stages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string Signature)> _holds = new(StringComparer.Ordinal);
    private int _holdsMade;

    /// <summary>Names the stage of a table, creating it when needed. Runs before the batch's transaction begins.</summary>
    /// <returns>The stage's unquoted name.</returns>
    protected virtual async Task<string> PrepareStageAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        var signature = StageColumns(table);
        string name;
        if (_stages.TryGetValue(table.Name, out var stage))
        {
            if (stage.Signature == signature)
            {
                return stage.Name;
            }

            name = stage.Name;
        }
        else
        {
            name = string.Create(CultureInfo.InvariantCulture, $"tw_stage_{_stages.Count + 1}");
        }

        await ExecuteAsync($"DROP TABLE IF EXISTS {Identifiers.Quote(name)}", cancellationToken);
        await ExecuteAsync($"CREATE TEMPORARY TABLE {Identifiers.Quote(name)} ({signature})", cancellationToken);
        _stages[table.Name] = (name, signature);
        return name;
    }

    public async Task HoldAsync(TableDefinition table, RowBatch rows, CancellationToken cancellationToken)
    {
        var signature = StageColumns(table);
        if (!_holds.TryGetValue(table.Name, out var hold))
        {
            hold = (string.Create(CultureInfo.InvariantCulture, $"tw_hold_{++_holdsMade}"), signature);
            await ExecuteAsync($"CREATE TEMPORARY TABLE {Identifiers.Quote(hold.Name)} ({signature})", cancellationToken);
            _holds[table.Name] = hold;
        }
        else if (hold.Signature != signature)
        {
            // A SCHEMA change commits what was held before the table changes.
            throw new InvalidOperationException($"rows held for {table.Name} have another shape");
        }

        await InTransactionAsync(ct => WriteStageAsync(hold.Name, table.Columns, rows, null, ct), cancellationToken);
    }

    /// <summary>Whether rows are set aside in temporary tables, which a new connection would lose.</summary>
    protected bool Holds => _holds.Count > 0;

    /// <summary>Appends the rows held for the load's table, then drops their temporary table (its space is then given back).</summary>
    /// <returns>The rows appended.</returns>
    protected async Task<long> ReleaseHeldAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        if (!load.ReleasesHeld || !_holds.Remove(load.Table.Name, out var hold))
        {
            return 0;
        }

        var columns = SqlText.ColumnList(load.Table);
        var appended = await ExecuteAsync($"INSERT INTO {Qualified(load.Table.Name)} ({columns}) SELECT {columns} FROM {Identifiers.Quote(hold.Name)}", cancellationToken);
        await ExecuteAsync($"DROP TABLE {Identifiers.Quote(hold.Name)}", cancellationToken);
        return appended;
    }

    /// <summary>Leaves the stage empty and ready for <paramref name="table"/>'s batch, inside the batch's transaction.</summary>
    protected virtual Task EmptyStageAsync(string stage, TableDefinition table, CancellationToken cancellationToken) =>
        ExecuteAsync($"TRUNCATE TABLE {Identifiers.Quote(stage)}", cancellationToken);

    /// <summary>The batch is done with the stage (still inside its transaction).</summary>
    protected virtual Task ReleaseStageAsync(string stage, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The column list of a stage for <paramref name="table"/>'s batches, as CREATE TABLE takes it.</summary>
    protected string StageColumns(TableDefinition table) =>
        string.Join(", ", table.Columns.Select(c => $"{Identifiers.Quote(c.Name)} {SqlType(c.Type)}"));
}
