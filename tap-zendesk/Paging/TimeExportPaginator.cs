using System.Globalization;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Time-based incremental exports. Each page starts at the previous page's
/// <c>end_time</c>, so the records of that second come again and the caller drops those it has
/// already emitted. <c>next_page</c> is not trusted: it is present on the last page too, and the stop
/// signal is <c>end_of_stream</c> or an empty page.
/// </summary>
internal sealed class TimeExportPaginator(string path, string recordsKey, int perPage, string? fixedQuery) : IPaginator
{
    public PageRequest First(long startTime) =>
        new(Query.Append(Query.Build(path, ("start_time", startTime.ToString(CultureInfo.InvariantCulture)), ("per_page", perPage.ToString(CultureInfo.InvariantCulture))), fixedQuery), StartTime: startTime);

    public Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        ParsedResponse.FetchAsync(client, request.Url, recordsKey, budget, cancellationToken);

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt)
    {
        var root = response.Root;
        var endTime = PageFields.Int64(root, "end_time");
        var last = PageFields.IsTrue(root, "end_of_stream") || response.Count == 0 || endTime is null;
        PageRequest? next = null;
        if (!last)
        {
            // A page that did not move past its start second holds that whole second (Zendesk returns all
            // records of a second together), so the next page may start one second later without a gap.
            var start = request.StartTime ?? long.MinValue;
            next = First(endTime > start ? endTime.Value : start + 1);
        }

        return new Page(response, fetchedAt) { StartTime = request.StartTime, EndTime = endTime, Next = next };
    }
}
