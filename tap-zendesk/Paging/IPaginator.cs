using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>One Zendesk paging style: fetches a response, reads it into a page and says where the next page is.</summary>
internal interface IPaginator
{
    Task<IPageResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken);

    /// <summary>Reads the response to <paramref name="request"/>; the page takes ownership of it.</summary>
    Page Read(PageRequest request, IPageResponse response, DateTimeOffset fetchedAt);
}
