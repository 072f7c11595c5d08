using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>One batch to commit in one transaction.</summary>
/// <param name="Table">The table's definition; its columns are the batch's columns in order.</param>
/// <param name="Current">The table as it stands before this load (after a recreate: <paramref name="Table"/>).</param>
/// <param name="Upsert">Merge on the primary key; otherwise every row is appended.</param>
/// <param name="DeleteFlagColumn">With hard deletes, the index of the _sdc_deleted_at column: rows with a value there delete their key instead of being merged. -1 otherwise.</param>
/// <param name="AppendKey">
/// When appending, the stream's key columns, or empty: a keyed row whose version (its key and every
/// column that is not _sdc_ metadata) is already stored is not stored again, so that records a resumed
/// run sends a second time do not double the table.
/// </param>
internal sealed record BatchLoad(
    TableDefinition Table,
    TableInfo Current,
    RowBatch Rows,
    bool Upsert,
    TableReset Reset,
    int DeleteFlagColumn,
    IReadOnlyList<string> AppendKey)
{
    /// <summary>Rows set aside earlier (<see cref="IDialect.HoldAsync"/>) are appended in this load's transaction, before its own rows.</summary>
    public bool ReleasesHeld { get; init; }

    /// <summary>Whether rows may already be in the table and must be checked before they are appended.</summary>
    public bool AppendsOnce => !Upsert && AppendKey.Count > 0 && Reset == TableReset.None;
}
