using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>Endpoints that return everything at once (SLA policies, custom roles, schedules).</summary>
internal sealed class SinglePagePaginator(string pathAndQuery, string recordsKey) : IPaginator
{
    public PageRequest First() => new(pathAndQuery);

    public Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        ParsedResponse.FetchAsync(client, request.Url, recordsKey, budget, cancellationToken);

    public Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt) => new(response, fetchedAt);
}
