using System.Globalization;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Cursor-based incremental exports: <c>start_time</c> on the first request,
/// <c>cursor</c> after that. The last page still carries an <c>after_cursor</c>, which is where the next
/// run resumes. Answers are scanned rather than parsed: their records go out as Zendesk sent them.
/// </summary>
internal sealed class CursorExportPaginator(string path, string recordsKey, int perPage, string? fixedQuery) : IPaginator
{
    /// <summary>The size of the latest response: the next one is likely alike, so its buffer is sized for it up front.</summary>
    private int _sizeHint;

    public PageRequest First(long startTime) =>
        new(Query.Append(Query.Build(path, ("start_time", startTime.ToString(CultureInfo.InvariantCulture)), PerPage), fixedQuery), StartTime: startTime);

    public PageRequest Resume(string cursor) =>
        new(Query.Append(Query.Build(path, ("cursor", cursor), PerPage), fixedQuery), Cursor: cursor);

    private (string, string?) PerPage => ("per_page", perPage.ToString(CultureInfo.InvariantCulture));

    public async Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken)
    {
        var hint = Volatile.Read(ref _sizeHint);
        var response = await client.GetAsync(
            request.Url,
            budget,
            (body, ct) => ScannedResponse.ReadAsync(body, recordsKey, hint + (hint / 8), ct),
            cancellationToken);
        Volatile.Write(ref _sizeHint, response.Json.Length);
        return response;
    }

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt)
    {
        var after = PageFields.String(response.Root, "after_cursor") ?? request.Cursor;
        var last = PageFields.IsTrue(response.Root, "end_of_stream") || after is null;
        if (!last && after == request.Cursor)
        {
            // An empty page that leaves the cursor where it was is the end; records with it would be a loop.
            last = response.Count == 0 ? true : throw StalledCursor.Failure(path, after!);
        }

        return new Page(response, fetchedAt) { AfterCursor = after, Next = last ? null : Resume(after!) };
    }
}
