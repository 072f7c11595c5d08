using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>A child embedded in each parent record (a ticket's side-loaded <c>metric_set</c>).</summary>
internal sealed class EmbeddedChild(ChildOutput child) : ExportChild(child)
{
    public override Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        var definition = child.Output.Definition;
        foreach (var parent in page.Records.EnumerateArray())
        {
            if (parent.TryGetProperty(definition.RecordsKey, out var record)
                && record.ValueKind == JsonValueKind.Object
                && child.Accepts(Timestamps.Field(record, definition.ReplicationKey!)))
            {
                child.Output.Write(record, page.FetchedAt);
            }
        }

        return Task.CompletedTask;
    }
}
