using System.Globalization;
using System.Text.Json;

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

    public Page Read(PageRequest request, JsonDocument document, DateTimeOffset fetchedAt)
    {
        var root = document.RootElement;
        var records = PageFields.Array(root, recordsKey);
        var endTime = PageFields.Int64(root, "end_time");
        var last = PageFields.IsTrue(root, "end_of_stream") || records.GetArrayLength() == 0 || endTime is null;
        PageRequest? next = null;
        if (!last)
        {
            // A page that did not move past its start second holds that whole second (Zendesk returns all
            // records of a second together), so the next page may start one second later without a gap.
            var start = request.StartTime ?? long.MinValue;
            next = First(endTime > start ? endTime.Value : start + 1);
        }

        return new Page(document, records, fetchedAt) { StartTime = request.StartTime, EndTime = endTime, Next = next };
    }
}
