using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>One Zendesk paging style: fetches an answer, reads it and says where the next page is.</summary>
/// <typeparam name="TResponse">What an answer is read into: a document, or a scanned answer.</typeparam>
internal interface IPaginator<TResponse>
    where TResponse : IDisposable
{
    Task<TResponse> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken);

    /// <summary>Reads the answer to <paramref name="request"/>; the page takes ownership of it.</summary>
    Page Read(PageRequest request, TResponse answer, DateTimeOffset fetchedAt);
}
