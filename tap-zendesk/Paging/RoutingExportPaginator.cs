using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Zendesk's skill-based routing exports (<c>/api/v2/incremental/routing/...</c>). They take neither a
/// start time nor a page size: the first request reads from the beginning of the account's history,
/// every answer's <c>next_page</c> carries a <c>cursor</c>, and the end is an answer with <c>count</c>
/// 0, whose <c>next_page</c> still names where the next run resumes.
/// </summary>
internal sealed class RoutingExportPaginator(string path, string recordsKey) : IPaginator
{
    public PageRequest First() => new(path);

    public PageRequest Resume(string cursor) => new(Query.Build(path, ("cursor", cursor)), Cursor: cursor);

    public Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        ParsedResponse.FetchAsync(client, request.Url, recordsKey, budget, cancellationToken);

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt)
    {
        var root = response.Root;
        var cursor = CursorOf(PageFields.String(root, "next_page"));
        var last = response.Count == 0 || PageFields.Int64(root, "count") == 0 || cursor is null;
        if (!last && cursor == request.Cursor)
        {
            throw StalledCursor.Failure(path, cursor!);
        }

        return new Page(response, fetchedAt) { AfterCursor = cursor ?? request.Cursor, Next = last ? null : Resume(cursor!) };
    }

    /// <summary>The <c>cursor</c> parameter of a next-page URL, unescaped; null when there is none.</summary>
    public static string? CursorOf(string? nextPage)
    {
        var query = nextPage?.IndexOf('?', StringComparison.Ordinal) is int start and >= 0 ? nextPage[(start + 1)..] : null;
        foreach (var pair in query?.Split('&') ?? [])
        {
            if (pair.StartsWith("cursor=", StringComparison.Ordinal) && pair.Length > "cursor=".Length)
            {
                return Uri.UnescapeDataString(pair["cursor=".Length..]);
            }
        }

        return null;
    }
}
