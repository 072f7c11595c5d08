namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// Records in JSON-lines files (a BATCH message's manifest) to load into a table in one transaction,
/// read by the engine itself and then merged or appended the way a <see cref="BatchLoad"/> is.
/// </summary>
/// <param name="Table">The table's definition; <paramref name="Columns"/> say where each of its columns comes from.</param>
/// <param name="Files">Local paths, in the order their records come.</param>
/// <param name="Gzip">Whether the files are gzip-compressed.</param>
/// <param name="Values">The values the target gives every row (metadata), bound as parameters.</param>
internal sealed record FileLoad(
    TableDefinition Table,
    IReadOnlyList<FileColumn> Columns,
    IReadOnlyList<string> Files,
    bool Gzip,
    bool Upsert,
    TableReset Reset,
    int DeleteFlagColumn,
    IReadOnlyList<string> AppendKey,
    IReadOnlyList<object> Values)
{
    /// <summary>Whether rows may already be in the table and must be checked before they are appended.</summary>
    public bool AppendsOnce => !Upsert && AppendKey.Count > 0 && Reset == TableReset.None;
}
