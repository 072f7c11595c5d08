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
    public override string? Query => child.Output.Definition.Query;

    public override Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        if (page.Root.TryGetProperty(child.Output.Definition.RecordsKey, out var sideLoaded) && sideLoaded.ValueKind == JsonValueKind.Array)
        {
            foreach (var record in sideLoaded.EnumerateArray())
            {
                Emit(record, default, page.FetchedAt);
            }

            return Task.CompletedTask;
        }

        return child.Output.Definition.Path.Length == 0 ? Task.CompletedTask : base.EmitAsync(page, cancellationToken);
    }

    protected override DateTimeOffset? ChangedAt(JsonElement record) => TimeOf(record, parent.ReplicationKey!);

    protected override void Emit(JsonElement record, ParentRef parent, DateTimeOffset fetchedAt)
    {
        if (child.Accepts(TimeOf(record, child.Output.Definition.ReplicationKey!)))
        {
            child.Output.Write(record, fetchedAt);
        }
    }
}
