using System.Globalization;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// Rows set aside for a table in temporary tables of the session (see <see cref="IDialect.HoldAsync"/>),
/// one per table, until a load of the table releases them.
/// </summary>
internal sealed class HeldRows(IEngine engine)
{
    private readonly Dictionary<string, (string Name, string Signature)> _holds = new(StringComparer.Ordinal);
    private int _holdsMade;

    /// <summary>Whether rows are set aside, which a new connection would lose.</summary>
    public bool Any => _holds.Count > 0;

    public async Task HoldAsync(TableDefinition table, RowBatch rows, CancellationToken cancellationToken)
    {
        var signature = SqlText.StageColumns(table, engine.SqlType);
        if (!_holds.TryGetValue(table.Name, out var hold))
        {
            hold = (string.Create(CultureInfo.InvariantCulture, $"tw_hold_{++_holdsMade}"), signature);
            await engine.Session.ExecuteAsync($"CREATE TEMPORARY TABLE {Identifiers.Quote(hold.Name)} ({signature})", cancellationToken);
            _holds[table.Name] = hold;
        }
        else if (hold.Signature != signature)
        {
            // A SCHEMA change commits what was held before the table changes.
            throw new InvalidOperationException($"rows held for {table.Name} have another shape");
        }

        await engine.Session.InTransactionAsync(ct => engine.WriteStageAsync(hold.Name, table.Columns, rows, null, ct), cancellationToken);
    }

    /// <summary>Appends the rows held for the load's table, then drops their temporary table (its space is then given back).</summary>
    /// <returns>The rows appended.</returns>
    public async Task<long> ReleaseAsync(BatchLoad load, CancellationToken cancellationToken)
    {
        if (!load.ReleasesHeld || !_holds.Remove(load.Table.Name, out var hold))
        {
            return 0;
        }

        var columns = SqlText.ColumnList(load.Table);
        var table = SqlText.Qualified(engine.QualifiedSchema, load.Table.Name);
        var appended = await engine.Session.ExecuteAsync($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {Identifiers.Quote(hold.Name)}", cancellationToken);
        await engine.Session.ExecuteAsync($"DROP TABLE {Identifiers.Quote(hold.Name)}", cancellationToken);
        return appended;
    }
}
