using Zendesk.Singer.Protocol.Catalog;

namespace Zendesk.Singer.Tap.Streams;

/// <summary>One line of the stream table: where a stream's records come from and how they are replicated.</summary>
/// <param name="Path">
/// The endpoint; <c>{id}</c> stands for the parent record's id and, in a grandchild's, <c>{parent_id}</c> for
/// that parent's own parent's id. Empty when the parent carries the records.
/// </param>
/// <param name="RecordsKey">The key of the records array in a page (or, for side-loads, the parent field).</param>
/// <param name="ReplicationKey">Null for full-table streams.</param>
/// <param name="Parent">The stream whose requests also yield this one, or null.</param>
/// <param name="PlanNote">For plan-gated streams, what the account needs (said in the 403 warning).</param>
/// <param name="Query">Fixed query parameters, e.g. <c>include=...</c>, or null.</param>
/// <param name="SupportScoped">Whether Zendesk filters the endpoint by <c>support_type_scope</c> (tickets handled by AI agents).</param>
/// <param name="Strings">For an endpoint whose records array holds bare strings: the record each string becomes.</param>
/// <param name="ChangesWithParent">A child of a list that cannot change unless its parent does: read only for parents changed since its bookmark.</param>
internal sealed record StreamDefinition(
    string Name,
    string Path,
    string RecordsKey,
    IReadOnlyList<string> Keys,
    string ReplicationMethod,
    string? ReplicationKey,
    PagingStyle Paging,
    string? Parent = null,
    string? PlanNote = null,
    ServerFilter Filter = ServerFilter.None,
    string? Query = null,
    bool SupportScoped = false,
    bool ChangesWithParent = false,
    StringRecords? Strings = null)
{
    public bool IsIncremental => ReplicationMethod == ReplicationMethods.Incremental;

    /// <summary>The first key property; a single-object stream has none.</summary>
    public string Key => Keys.Count > 0 ? Keys[0] : throw new InvalidOperationException($"stream {Name} has no key");
}
