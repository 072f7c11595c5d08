using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Lists;

/// <summary>Reads every page of a list endpoint in the paging style its stream-table row names.</summary>
internal static class ListPages
{
    public static IAsyncEnumerable<Page> ReadAsync(string path, StreamDefinition row, StreamStats stats, SyncContext context, CancellationToken cancellationToken) =>
        ReadAsync(path, row, RequestBudget.Core, stats, context, cancellationToken);

    /// <summary>Reads within <paramref name="budget"/>: the Help Center's lists count apart from the Support API's.</summary>
    public static IAsyncEnumerable<Page> ReadAsync(string path, StreamDefinition row, RequestBudget budget, StreamStats stats, SyncContext context, CancellationToken cancellationToken)
    {
        var (paginator, first) = Paginate(Query.Append(path, row.Query), row, context.Config.ListPageSize);
        return PageReader.ReadAsync(context.Client, paginator, first, budget, stats, context.Clock, cancellationToken);
    }

    private static (IPaginator Paginator, PageRequest First) Paginate(string path, StreamDefinition row, int pageSize)
    {
        switch (row.Paging)
        {
            case PagingStyle.Offset:
                var offset = new OffsetPaginator(path, row.RecordsKey, pageSize);
                return (offset, offset.First());
            case PagingStyle.SinglePage:
                var single = new SinglePagePaginator(path, row.RecordsKey, row.Strings);
                return (single, single.First());
            default:
                var cursor = new CursorListPaginator(path, row.RecordsKey, pageSize);
                return (cursor, cursor.First());
        }
    }
}
