using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Cursor-based incremental exports: <c>start_time</c> on the first request,
/// <c>cursor</c> after that. The last page still carries an <c>after_cursor</c>, which is where the next
/// run resumes. Answers are scanned rather than parsed: their records go out as Zendesk sent them.
/// </summary>
internal sealed class CursorExportPaginator(string path, string recordsKey, int perPage, string? fixedQuery) : IPaginator<ScannedResponse>
{
    /// <summary>The size of the latest answer: the next one is likely alike, so its buffer is sized for it up front.</summary>
    private int _sizeHint;

    public PageRequest First(long startTime) =>
        new(Query.Append(Query.Build(path, ("start_time", startTime.ToString(CultureInfo.InvariantCulture)), PerPage), fixedQuery), StartTime: startTime);

    public PageRequest Resume(string cursor) =>
        new(Query.Append(Query.Build(path, ("cursor", cursor), PerPage), fixedQuery), Cursor: cursor);

    private (string, string?) PerPage => ("per_page", perPage.ToString(CultureInfo.InvariantCulture));

    public async Task<ScannedResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken)
    {
        var hint = Volatile.Read(ref _sizeHint);
        var answer = await client.GetAsync(
            request.Url,
            budget,
            (body, ct) => ScannedResponse.ReadAsync(body, recordsKey, hint + (hint / 8), ct),
            cancellationToken);
        Volatile.Write(ref _sizeHint, answer.Json.Length);
        return answer;
    }

    public Page Read(PageRequest request, ScannedResponse answer, DateTimeOffset fetchedAt)
    {
        var after = RootString(answer, "after_cursor"u8) ?? request.Cursor;
        var last = RootIsTrue(answer, "end_of_stream"u8) || after is null;
        if (!last && after == request.Cursor)
        {
            // An empty page that leaves the cursor where it was is the end; records with it would be a loop.
            last = answer.Count == 0 ? true : throw StalledCursor.Failure(path, after!);
        }

        return new Page(answer, recordsKey, fetchedAt) { AfterCursor = after, Next = last ? null : Resume(after!) };
    }

    private static string? RootString(ScannedResponse answer, ReadOnlySpan<byte> name)
    {
        if (!answer.TryGetRootValue(name, out var value, out var kind) || kind != JsonTokenType.String)
        {
            return null;
        }

        var reader = new Utf8JsonReader(value.Span);
        reader.Read();
        return reader.GetString();
    }

    private static bool RootIsTrue(ScannedResponse answer, ReadOnlySpan<byte> name) =>
        answer.TryGetRootValue(name, out _, out var kind) && kind == JsonTokenType.True;
}
