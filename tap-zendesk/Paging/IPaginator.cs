using System.Text.Json;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>One Zendesk paging style whose answers are parsed whole into a document.</summary>
internal interface IPaginator : IPaginator<JsonDocument>
{
    Task<JsonDocument> IPaginator<JsonDocument>.FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, CancellationToken cancellationToken) =>
        client.GetJsonAsync(request.Url, budget, cancellationToken);
}
