using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>One batch to commit in one transaction.</summary>
/// <param name="Table">The table's definition; its columns are the batch's columns in order.</param>
/// <param name="Current">The table as it stands before this load (after a recreate: <paramref name="Table"/>).</param>
/// <param name="Upsert">Merge on the primary key; otherwise every row is appended.</param>
/// <param name="DeleteFlagColumn">With hard deletes, the index of the _sdc_deleted_at column: rows with a value there delete their key instead of being merged. -1 otherwise.</param>
internal sealed record BatchLoad(
    TableDefinition Table,
    TableInfo Current,
    RowBatch Rows,
    bool Upsert,
    TableReset Reset,
    int DeleteFlagColumn);
