using System.Runtime.CompilerServices;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Walks a paged endpoint. Each page is handed to the caller before the caller sees the next, so the
/// caller can emit its records and its STATE first; the page is disposed when the caller moves on.
/// The next page is already being fetched while the caller works on the current one, so that Zendesk's
/// time to respond and the tap's time to write overlap.
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
        var fetching = FetchAsync(client, paginator, request, budget, stats, stop.Token);
        try
        {
            while (fetching is not null)
            {
                var response = await fetching;
                fetching = null;
                Page page;
                try
                {
                    page = paginator.Read(request, response, time.GetUtcNow());
                }
                catch
                {
                    response.Dispose();
                    throw;
                }

                using (page)
                {
                    if (page.Next is { } next)
                    {
                        request = next;
                        fetching = FetchAsync(client, paginator, next, budget, stats, stop.Token);
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

    private static async Task<IPageResponse> FetchAsync(
        ZendeskClient client,
        IPaginator paginator,
        PageRequest request,
        RequestBudget budget,
        StreamStats stats,
        CancellationToken cancellationToken)
    {
        var response = await paginator.FetchAsync(client, request, budget, cancellationToken);
        stats.AddRequest();
        return response;
    }

    private static async Task DiscardAsync(Task<IPageResponse> fetching)
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
