using System.Globalization;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// The Help Center's incremental articles export: <c>start_time</c>, up to 1,000 articles a page in
/// order of change, and a <c>next_page</c> that starts again at the page's <c>end_time</c> (the last
/// article's change), so the articles of that second come again. The last page has no
/// <c>next_page</c>. A page that did not move past its start second holds that whole second, so the
/// next one starts a second later.
/// </summary>
/// <param name="url">The export's absolute address on the brand's host.</param>
internal sealed class HelpCenterExportPaginator(string url, string recordsKey) : IPaginator
{
    public PageRequest First(long startTime) =>
        new(Query.Build(url, ("start_time", startTime.ToString(CultureInfo.InvariantCulture))), StartTime: startTime);

    public Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        ParsedResponse.FetchAsync(client, request.Url, recordsKey, budget, cancellationToken);

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt)
    {
        var root = response.Root;
        var endTime = PageFields.Int64(root, "end_time");
        var last = PageFields.String(root, "next_page") is null || response.Count == 0 || endTime is null;
        PageRequest? next = null;
        if (!last)
        {
            var start = request.StartTime ?? long.MinValue;
            next = First(endTime > start ? endTime.Value : start + 1);
        }

        return new Page(response, fetchedAt) { StartTime = request.StartTime, EndTime = endTime, Next = next };
    }
}
