using System.Globalization;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// A child read with one request (cursor-paged) per changed parent record, at its stream-table row's
/// endpoint: a ticket's audits or comments, a user's identities. The parents of a page are fetched
/// concurrently within the core budget, and the page's STATE waits for all of them.
/// </summary>
/// <param name="row">The child's stream: its endpoint, records key and time field.</param>
/// <param name="parents">Which parents are worth a request and which of their children belong to the pass.</param>
/// <param name="targets">The streams the records feed: the child's own, then any riding on its records.</param>
internal sealed class PerRecordChild(StreamDefinition row, IParentPolicy parents, IReadOnlyList<ChildTarget> targets, SyncContext context)
    : IExportChild
{
    private readonly RecordField _timeKey = new(row.ReplicationKey!);

    public IReadOnlyList<ChildOutput> Outputs { get; } = [.. targets.Select(t => t.Child)];

    public string? Query => null;

    /// <summary>Fetches and emits the children of the page's records, those that may have new ones.</summary>
    public async Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        await WantedParents.ForEachAsync(page, parents, Outputs, context, FetchOneAsync, cancellationToken);
    }

    private async ValueTask FetchOneAsync(ParentRef parent, CancellationToken cancellationToken)
    {
        var path = row.Path.Replace("{id}", parent.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var paginator = new CursorListPaginator(path, row.RecordsKey, context.Config.ListPageSize);
        try
        {
            await foreach (var page in PageReader.ReadAsync(context.Client, paginator, paginator.First(), RequestBudget.Core, Outputs[0].Output.Stats, context.Clock, cancellationToken))
            {
                var children = new Children(this, parent, page.FetchedAt);
                page.Visit(ref children);
            }
        }
        catch (ZendeskNotFoundException)
        {
            // Deleted since the export page was served; the export shows the deletion itself.
        }
    }

    private void Emit<TRecord>(TRecord record, ParentRef parent, DateTimeOffset fetchedAt)
        where TRecord : struct, IRecord
    {
        var time = record.Time(_timeKey);
        if (!parents.Admits(time, parent))
        {
            return;
        }

        foreach (var target in targets)
        {
            if (target.Child.Accepts(time))
            {
                target.Write(target.Child.Output, record.AsElement(), parent, fetchedAt);
            }
        }
    }

    private readonly struct Children(PerRecordChild owner, ParentRef parent, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => owner.Emit(record, parent, fetchedAt);
    }
}
