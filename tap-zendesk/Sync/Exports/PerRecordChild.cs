using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// A child read with one request (cursor-paged) per changed parent record: a ticket's audits or
/// comments, a user's identities. The parents of a page are fetched concurrently within the core
/// budget, and the page's STATE waits for all of them.
/// </summary>
internal abstract class PerRecordChild(SyncContext context, string pathTemplate, string recordsKey, params ChildOutput[] outputs)
    : ExportChild(outputs)
{
    public override string? Query => null;

    protected SyncContext Context { get; } = context;

    /// <summary>Fetches and emits the children of the page's records, those that may have new ones.</summary>
    public override async Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        var since = Outputs.Min(o => o.Output.FullTable ? DateTimeOffset.MinValue : o.Since);
        var parents = page.Scanned;
        var wanted = new List<ParentRef>();
        for (var i = 0; i < parents.Count; i++)
        {
            var parent = parents[i];
            if (!Wants(parent) || parent.Int64("id"u8) is not { } id)
            {
                continue;
            }

            var changedAt = ChangedAt(parent) ?? page.FetchedAt;
            if (changedAt > since && MayHaveChildrenAfter(parent, since))
            {
                wanted.Add(new ParentRef(id, changedAt));
            }
        }

        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Context.Config.ParentChildParallelism,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(wanted, options, FetchOneAsync);
    }

    /// <summary>Whether this parent can have children worth fetching (not a deleted ticket, say).</summary>
    protected virtual bool Wants(ScannedRecord parent) => true;

    /// <summary>The parent's time in the export; no child of interest is newer than its parent's change.</summary>
    protected abstract DateTimeOffset? ChangedAt(ScannedRecord parent);

    /// <summary>
    /// Whether a parent changed since <paramref name="since"/> can have a child newer than that: a change that
    /// cannot add or alter children (a system update of a ticket, say) is not worth a request.
    /// </summary>
    protected virtual bool MayHaveChildrenAfter(ScannedRecord parent, DateTimeOffset since) => true;

    /// <summary>Emits what one child record yields.</summary>
    protected abstract void Emit(JsonElement record, ParentRef parent, DateTimeOffset fetchedAt);

    private async ValueTask FetchOneAsync(ParentRef parent, CancellationToken cancellationToken)
    {
        var path = pathTemplate.Replace("{id}", parent.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var paginator = new CursorListPaginator(path, recordsKey, Context.Config.ListPageSize);
        try
        {
            await foreach (var page in PageReader.ReadAsync(Context.Client, paginator, paginator.First(), RequestBudget.Core, Outputs[0].Output.Stats, Context.Clock, cancellationToken))
            {
                foreach (var record in page.Records.EnumerateArray())
                {
                    Emit(record, parent, page.FetchedAt);
                }
            }
        }
        catch (ZendeskNotFoundException)
        {
            // Deleted since the export page was served; the export shows the deletion itself.
        }
    }

    protected static DateTimeOffset? TimeOf(JsonElement record, string field) => Timestamps.Field(record, field);
}
