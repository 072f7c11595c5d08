using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>Every parent may have new children, as of its time in the export; each child is taken as read.</summary>
internal sealed class ChangedParents(StreamDefinition export) : IParentPolicy
{
    private readonly RecordField _timeKey = new(export.ReplicationKey!);

    public bool Wants<TRecord>(TRecord parent)
        where TRecord : struct, IRecord => true;

    public DateTimeOffset? ChangedAt<TRecord>(TRecord parent)
        where TRecord : struct, IRecord => parent.Time(_timeKey);

    public bool MayHaveChildrenAfter<TRecord>(TRecord parent, DateTimeOffset since)
        where TRecord : struct, IRecord => true;

    public bool Admits(DateTimeOffset? childTime, ParentRef parent) => true;
}
