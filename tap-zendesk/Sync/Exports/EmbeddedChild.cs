using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>A child embedded in each parent record (a ticket's side-loaded <c>metric_set</c>).</summary>
internal sealed class EmbeddedChild(ChildOutput child) : IExportChild
{
    private readonly byte[] _recordsKey = Encoding.UTF8.GetBytes(child.Output.Definition.RecordsKey);

    public IReadOnlyList<ChildOutput> Outputs { get; } = [child];

    public string? Query => child.Output.Definition.Query;

    public Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        var definition = child.Output.Definition;
        var parents = page.Scanned;
        for (var i = 0; i < parents.Count; i++)
        {
            var parent = parents[i];
            if (!parent.TryGetProperty(_recordsKey, out var property) || property.Kind != JsonTokenType.StartObject)
            {
                continue;
            }

            // Only the embedded object is parsed, not the whole parent.
            var record = parent.Element(property);
            if (child.Accepts(Timestamps.Field(record, definition.ReplicationKey!)))
            {
                child.Output.Write(new ElementRecord(record), page.FetchedAt);
            }
        }

        return Task.CompletedTask;
    }
}
