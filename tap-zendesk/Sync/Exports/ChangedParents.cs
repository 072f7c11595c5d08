using System.Text;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>Every parent may have new children, as of its time in the export; each child is taken as read.</summary>
internal sealed class ChangedParents(StreamDefinition export) : IParentPolicy
{
    private readonly byte[] _timeKey = Encoding.UTF8.GetBytes(export.ReplicationKey!);

    public bool Wants(ScannedRecord parent) => true;

    public DateTimeOffset? ChangedAt(ScannedRecord parent) => parent.Time(_timeKey);

    public bool MayHaveChildrenAfter(ScannedRecord parent, DateTimeOffset since) => true;

    public bool Admits(DateTimeOffset? childTime, ParentRef parent) => true;
}
