using System.Globalization;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Offset paging: <c>page</c> and <c>per_page</c>, following <c>next_page</c>.
/// Zendesk answers 400 beyond page 100 or record 10,000, so the paginator stops before that and says so.
/// </summary>
internal sealed class OffsetPaginator(string pathAndQuery, string recordsKey, int perPage) : IPaginator
{
    public const int MaxPages = 100;
    public const int MaxRecords = 10_000;

    public PageRequest First() => At(1);

    public Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        ParsedResponse.FetchAsync(client, request.Url, recordsKey, budget, cancellationToken);

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt)
    {
        var more = PageFields.IsPresent(response.Root, "next_page") && response.Count > 0;
        var number = request.Number + 1;
        var allowed = number <= MaxPages && (long)number * perPage <= MaxRecords;
        return new Page(response, fetchedAt)
        {
            Next = more && allowed ? At(number) : null,
            Capped = more && !allowed,
        };
    }

    private PageRequest At(int number) =>
        new(Query.Build(pathAndQuery, ("page", number.ToString(CultureInfo.InvariantCulture)), ("per_page", perPage.ToString(CultureInfo.InvariantCulture))), Number: number);
}
