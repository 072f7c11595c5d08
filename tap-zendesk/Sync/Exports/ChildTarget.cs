using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>A stream fed by the records a per-record child reads, and how it takes each.</summary>
internal readonly record struct ChildTarget(ChildOutput Child, ChildWrite Write)
{
    public static ChildWrite Direct { get; } = (output, record, _, fetchedAt) => output.Write(new ElementRecord(record), fetchedAt);
}
