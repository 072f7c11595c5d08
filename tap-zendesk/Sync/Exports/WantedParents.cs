using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>The parents of a page worth a request for their children.</summary>
internal readonly struct WantedParents(IParentPolicy policy, DateTimeOffset since, DateTimeOffset fetchedAt) : IRecordVisitor
{
    private static readonly RecordField Id = new("id");

    public List<ParentRef> Parents { get; } = [];

    /// <summary>
    /// Runs <paramref name="fetch"/> for each parent of <paramref name="page"/> that may have children
    /// newer than the earliest bookmark of <paramref name="outputs"/>, a few parents at a time.
    /// </summary>
    public static Task ForEachAsync(
        Page page,
        IParentPolicy policy,
        IReadOnlyList<ChildOutput> outputs,
        SyncContext context,
        Func<ParentRef, CancellationToken, ValueTask> fetch,
        CancellationToken cancellationToken)
    {
        var since = outputs.Min(o => o.Output.FullTable ? DateTimeOffset.MinValue : o.Since);
        var wanted = new WantedParents(policy, since, page.FetchedAt);
        page.Visit(ref wanted);
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = context.ChildParallelism,
            CancellationToken = cancellationToken,
        };
        return Parallel.ForEachAsync(wanted.Parents, options, fetch);
    }

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
