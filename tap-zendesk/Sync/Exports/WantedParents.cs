using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>The parents of a page worth a request for their children.</summary>
internal readonly struct WantedParents(IParentPolicy policy, DateTimeOffset since, DateTimeOffset fetchedAt) : IRecordVisitor
{
    private static readonly RecordField Id = new("id");

    public List<ParentRef> Parents { get; } = [];

    public void Visit<TRecord>(TRecord parent)
        where TRecord : struct, IRecord
    {
        if (!policy.Wants(parent) || parent.Int64(Id) is not { } id)
        {
            return;
        }

        var changedAt = policy.ChangedAt(parent) ?? fetchedAt;
        if (changedAt > since && policy.MayHaveChildrenAfter(parent, since))
        {
            Parents.Add(new ParentRef(id, changedAt));
        }
    }
}
