using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Cursor-based incremental exports (zendesk-api.md §6.3): <c>start_time</c> on the first request,
/// <c>cursor</c> after that. The last page still carries an <c>after_cursor</c>, which is where the next
/// run resumes.
/// </summary>
internal sealed class CursorExportPaginator(string path, string recordsKey, int perPage, string? fixedQuery) : IPaginator
{
    public PageRequest First(long startTime) =>
        new(Query.Append(Query.Build(path, ("start_time", startTime.ToString(CultureInfo.InvariantCulture)), PerPage), fixedQuery), StartTime: startTime);

    public PageRequest Resume(string cursor) =>
        new(Query.Append(Query.Build(path, ("cursor", cursor), PerPage), fixedQuery), Cursor: cursor);

    private (string, string?) PerPage => ("per_page", perPage.ToString(CultureInfo.InvariantCulture));

    public Page Read(PageRequest request, JsonDocument document, DateTimeOffset fetchedAt)
    {
        var root = document.RootElement;
        var records = PageFields.Array(root, recordsKey);
        var after = PageFields.String(root, "after_cursor") ?? request.Cursor;
        var stalled = records.GetArrayLength() == 0 && after == request.Cursor;
        var last = PageFields.IsTrue(root, "end_of_stream") || after is null || stalled;
        return new Page(document, records, fetchedAt) { AfterCursor = after, Next = last ? null : Resume(after!) };
    }
}
