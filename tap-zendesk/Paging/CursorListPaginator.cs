using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// List cursor paging: <c>page[size]</c> switches the endpoint to cursor mode;
/// the loop goes on while <c>meta.has_more</c> is true, with <c>page[after]</c>.
/// </summary>
/// <param name="pathAndQuery">The endpoint with its filters, without paging parameters.</param>
internal sealed class CursorListPaginator(string pathAndQuery, string recordsKey, int pageSize) : IPaginator
{
    public PageRequest First() => new(Query.Build(pathAndQuery, Size));

    private (string, string?) Size => ("page[size]", pageSize.ToString(CultureInfo.InvariantCulture));

    public Page Read(PageRequest request, JsonDocument document, DateTimeOffset fetchedAt)
    {
        var root = document.RootElement;
        var records = PageFields.Array(root, recordsKey);
        var meta = PageFields.Object(root, "meta");
        var after = PageFields.String(meta, "after_cursor");
        var hasMore = PageFields.IsTrue(meta, "has_more");
        if (hasMore && after is not null && after == request.Cursor && records.GetArrayLength() > 0)
        {
            throw StalledCursor.Failure(pathAndQuery, after);
        }

        var more = hasMore && after is not null && after != request.Cursor;
        var next = more ? new PageRequest(Query.Build(pathAndQuery, Size, ("page[after]", after)), Cursor: after) : null;
        return new Page(document, records, fetchedAt) { AfterCursor = after, Next = next };
    }
}
