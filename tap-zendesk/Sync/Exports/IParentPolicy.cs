using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>Which records of an export are worth a request for their children, and which children they bring.</summary>
internal interface IParentPolicy
{
    /// <summary>Whether this parent can have children worth fetching (not a deleted ticket, say).</summary>
    bool Wants<TRecord>(TRecord parent)
        where TRecord : struct, IRecord;

    /// <summary>The parent's time in the export; no child of interest is newer than its parent's change.</summary>
    DateTimeOffset? ChangedAt<TRecord>(TRecord parent)
        where TRecord : struct, IRecord;

    /// <summary>
    /// Whether a parent changed since <paramref name="since"/> can have a child newer than that: a change that
    /// cannot add or alter children (a system update of a ticket, say) is not worth a request.
    /// </summary>
    bool MayHaveChildrenAfter<TRecord>(TRecord parent, DateTimeOffset since)
        where TRecord : struct, IRecord;

    /// <summary>Whether a child record of this time, read for <paramref name="parent"/>, belongs to this pass.</summary>
    bool Admits(DateTimeOffset? childTime, ParentRef parent);
}
