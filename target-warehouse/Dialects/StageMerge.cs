namespace Zendesk.Singer.Target.Dialects;

/// <summary>How a filled stage goes into its table: merged on the primary key, or appended (once, with an append key).</summary>
internal sealed record StageMerge(TableDefinition Table, bool Upsert, bool AppendsOnce, IReadOnlyList<string> AppendKey, int DeleteFlagColumn)
{
    /// <summary>Whether the stage holds each key once, so that its rows can be inserted plainly when the table holds none of their keys.</summary>
    public bool FreshKeys { get; init; }
}
