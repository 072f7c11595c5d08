using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// A child asked for as a side-load of the export (<c>include=identities</c>) and read from the page's
/// top-level array. An account that answers without the side-load gets the fallback instead: one
/// request per changed parent at the child's own endpoint (<c>/api/v2/users/{id}/identities</c>).
/// </summary>
internal sealed class SideLoadedChild(ChildOutput child, PerRecordChild fallback) : IExportChild
{
    private readonly byte[] _recordsKey = Encoding.UTF8.GetBytes(child.Output.Definition.RecordsKey);

    public IReadOnlyList<ChildOutput> Outputs { get; } = [child];

    public string? Query => child.Output.Definition.Query;

    public Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        if (!page.Scanned.TryGetRootValue(_recordsKey, out var sideLoaded, out var kind) || kind != JsonTokenType.StartArray)
        {
            return fallback.EmitAsync(page, cancellationToken);
        }

        // Only the side-loaded array is parsed, not the whole page.
        using var document = JsonDocument.Parse(sideLoaded);
        foreach (var record in document.RootElement.EnumerateArray())
        {
            if (child.Accepts(Timestamps.Field(record, child.Output.Definition.ReplicationKey!)))
            {
                child.Output.Write(new ElementRecord(record), page.FetchedAt);
            }
        }

        return Task.CompletedTask;
    }
}
