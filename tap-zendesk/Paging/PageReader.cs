using System.Runtime.CompilerServices;
using System.Text.Json;
using Zendesk.Singer.Tap.Http;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Walks a paged endpoint. Each page is handed to the caller before the caller sees the next, so the
/// caller can emit its records and its STATE first; the page is disposed when the caller moves on.
/// The next page is already being fetched while the caller works on the current one, so that Zendesk's
/// time to answer and the tap's time to write overlap.
/// </summary>
internal static class PageReader
{
    public static async IAsyncEnumerable<Page> ReadAsync(
        ZendeskClient client,
        IPaginator paginator,
        PageRequest first,
        RequestBudget budget,
        StreamStats stats,
        TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var request = first;
        var fetching = FetchAsync(client, request, budget, stats, stop.Token);
        try
        {
            while (fetching is not null)
            {
                var document = await fetching;
                fetching = null;
                Page page;
                try
                {
                    page = paginator.Read(request, document, time.GetUtcNow());
                }
                catch
                {
                    document.Dispose();
                    throw;
                }

                using (page)
                {
                    if (page.Next is { } next)
                    {
                        request = next;
                        fetching = FetchAsync(client, next, budget, stats, stop.Token);
                    }

                    yield return page;
                }
            }
        }
        finally
        {
            if (fetching is not null)
            {
                // The caller stopped early: the page asked for ahead is not wanted.
                await stop.CancelAsync();
                await DiscardAsync(fetching);
            }
        }
    }

    private static async Task<JsonDocument> FetchAsync(ZendeskClient client, PageRequest request, RequestBudget budget, StreamStats stats, CancellationToken cancellationToken)
    {
        var document = await client.GetJsonAsync(request.Url, budget, cancellationToken);
        stats.AddRequest();
        return document;
    }

    private static async Task DiscardAsync(Task<JsonDocument> fetching)
    {
        try
        {
            (await fetching).Dispose();
        }
        catch (Exception e) when (e is OperationCanceledException or ZendeskException)
        {
            // Nobody waits for this page any more.
        }
    }
}
