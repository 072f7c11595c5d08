namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// Records in JSON-lines files (the manifests of one or more BATCH messages) to load into a table in
/// one transaction, read by the engine itself and then merged or appended the way a
/// <see cref="BatchLoad"/> is.
/// </summary>
/// <param name="Table">The table's definition; <paramref name="Columns"/> say where each of its columns comes from.</param>
/// <param name="Parts">The files of each BATCH message, in the order their records come, with the values the target gives their rows.</param>
/// <param name="Gzip">Whether the files are gzip-compressed.</param>
internal sealed record FileLoad(
    TableDefinition Table,
    IReadOnlyList<FileColumn> Columns,
    IReadOnlyList<FilePart> Parts,
    bool Gzip,
    bool Upsert,
    TableReset Reset,
    int DeleteFlagColumn,
    IReadOnlyList<string> AppendKey)
{
    /// <summary>Local paths of every part's files, in the order their records come.</summary>
    public IReadOnlyList<string> Files => [.. Parts.SelectMany(p => p.Files)];

    /// <summary>Whether the parts give their rows different values, so that each row must be told which part it comes from.</summary>
    public bool PartsDiffer => Columns.Any(c => c.Parameter >= 0 && Differs(c.Parameter));

    /// <summary>Whether the parts give different values for the parameter numbered <paramref name="index"/>.</summary>
    public bool Differs(int index) => Parts.Any(p => !Equals(p.Values[index], Parts[0].Values[index]));

    /// <summary>Whether rows may already be in the table and must be checked before they are appended.</summary>
    public bool AppendsOnce => !Upsert && AppendKey.Count > 0 && Reset == TableReset.None;
}
