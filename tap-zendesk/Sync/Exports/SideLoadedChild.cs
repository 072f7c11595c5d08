using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// A child asked for as a side-load of the export (<c>include=identities</c>) and read from the page's
/// top-level array. An account that answers without the side-load gets one request per changed parent
/// at the child's own endpoint instead (<c>/api/v2/users/{id}/identities</c>).
/// </summary>
internal sealed class SideLoadedChild(SyncContext context, StreamDefinition parent, ChildOutput child)
    : PerRecordChild(context, child.Output.Definition.Path, child.Output.Definition.RecordsKey, child)
{
    private readonly byte[] _recordsKey = Encoding.UTF8.GetBytes(child.Output.Definition.RecordsKey);
    private readonly byte[] _parentTimeKey = Encoding.UTF8.GetBytes(parent.ReplicationKey!);

    public override string? Query => child.Output.Definition.Query;

    public override Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        if (page.Scanned.TryGetRootValue(_recordsKey, out var sideLoaded, out var kind) && kind == JsonTokenType.StartArray)
        {
            // Only the side-loaded array is parsed, not the whole page.
            using var document = JsonDocument.Parse(sideLoaded);
            foreach (var record in document.RootElement.EnumerateArray())
            {
                Emit(record, default, page.FetchedAt);
            }

            return Task.CompletedTask;
        }

        return child.Output.Definition.Path.Length == 0 ? Task.CompletedTask : base.EmitAsync(page, cancellationToken);
    }

    protected override DateTimeOffset? ChangedAt(ScannedRecord record) => record.Time(_parentTimeKey);

    protected override void Emit(JsonElement record, ParentRef parent, DateTimeOffset fetchedAt)
    {
        if (child.Accepts(TimeOf(record, child.Output.Definition.ReplicationKey!)))
        {
            child.Output.Write(record, fetchedAt);
        }
    }
}
