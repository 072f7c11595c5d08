using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// A child asked for as a side-load of the export (<c>include=identities</c>) and read from the page's
/// top-level array. An account that responds without the side-load gets the fallback instead: one
/// request per changed parent at the child's own endpoint (<c>/api/v2/users/{id}/identities</c>).
/// </summary>
internal sealed class SideLoadedChild(ChildOutput child, PerRecordChild fallback) : IExportChild
{
    private readonly RecordField _timeKey = new(child.Output.Definition.ReplicationKey!);

    public IReadOnlyList<ChildOutput> Outputs { get; } = [child];

    public string? Query => child.Output.Definition.Query;

    public Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        if (page.Root.ValueKind != JsonValueKind.Object || !page.Root.TryGetProperty(child.Output.Definition.RecordsKey, out var sideLoaded) || sideLoaded.ValueKind != JsonValueKind.Array)
        {
            return fallback.EmitAsync(page, cancellationToken);
        }

        foreach (var element in sideLoaded.EnumerateArray())
        {
            var record = new ElementRecord(element);
            if (child.Accepts(record.Time(_timeKey)))
            {
                child.Output.Write(record, page.FetchedAt);
            }
        }

        return Task.CompletedTask;
    }
}
