namespace Zendesk.Simulator.Data;

/// <summary>What a create-or-update did: the record's id and index, and whether it was created.</summary>
internal readonly record struct UpsertOutcome(long Id, int Index, bool Created);
