using System.Globalization;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// List cursor paging: <c>page[size]</c> switches the endpoint to cursor mode;
/// the loop goes on while <c>meta.has_more</c> is true, with <c>page[after]</c>.
/// </summary>
/// <param name="pathAndQuery">The endpoint with its filters, without paging parameters.</param>
internal sealed class CursorListPaginator(string pathAndQuery, string recordsKey, int pageSize) : IPaginator
{
    public PageRequest First() => new(Query.Build(pathAndQuery, Size));

    public Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        ParsedResponse.FetchAsync(client, request.Url, recordsKey, budget, cancellationToken);

    private (string, string?) Size => ("page[size]", pageSize.ToString(CultureInfo.InvariantCulture));

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt)
    {
        var meta = PageFields.Object(response.Root, "meta");
        var after = PageFields.String(meta, "after_cursor");
        var hasMore = PageFields.IsTrue(meta, "has_more");
        if (hasMore && after is not null && after == request.Cursor && response.Count > 0)
        {
            throw StalledCursor.Failure(pathAndQuery, after);
        }

        var more = hasMore && after is not null && after != request.Cursor;
        var next = more ? new PageRequest(Query.Build(pathAndQuery, Size, ("page[after]", after)), Cursor: after) : null;
        return new Page(response, fetchedAt) { AfterCursor = after, Next = next };
    }
}
