using System.Text.Json;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Snapshots;

/// <summary>
/// An endpoint that answers one object rather than a list (Talk's settings, its current queue): the
/// object is the stream's one record, written under a new table version and activated at once, so
/// the table always holds the latest snapshot alone. Such a record has nothing to key it by.
/// </summary>
internal sealed class SingleObjectSync(StreamOutput output, SyncContext context) : IExtractor
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var definition = output.Definition;
        output.Version = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var document = await context.Client.GetJsonAsync(definition.Path, RequestBudget.Core, cancellationToken);
        output.Stats.AddRequest();
        var record = PageFields.Object(document.RootElement, definition.RecordsKey);
        if (record.ValueKind == JsonValueKind.Object)
        {
            output.Write(new ElementRecord(record), context.Clock.GetUtcNow());
        }

        output.ActivateVersion();
    }
}
