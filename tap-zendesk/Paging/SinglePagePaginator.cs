using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Endpoints that return everything at once (SLA policies, custom roles, schedules), and those among
/// them whose records are bare strings (macro categories, help center locales).
/// </summary>
internal sealed class SinglePagePaginator(string pathAndQuery, string recordsKey, StringRecords? strings = null) : IPaginator
{
    public PageRequest First() => new(pathAndQuery);

    public Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        strings is null
            ? ParsedResponse.FetchAsync(client, request.Url, recordsKey, budget, cancellationToken)
            : StringsResponse.FetchAsync(client, request.Url, recordsKey, strings, budget, cancellationToken);

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt) => new(response, fetchedAt);
}
