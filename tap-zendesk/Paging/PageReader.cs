using System.Runtime.CompilerServices;
using Zendesk.Singer.Http;
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
    public static async IAsyncEnumerable<Page> ReadAsync<TResponse>(
        ZendeskClient client,
        IPaginator<TResponse> paginator,
        PageRequest first,
        RequestBudget budget,
        StreamStats stats,
        TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TResponse : IDisposable
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var request = first;
        var fetching = FetchAsync(client, paginator, request, budget, stats, stop.Token);
        try
        {
            while (fetching is not null)
            {
                var answer = await fetching;
                fetching = null;
                Page page;
                try
                {
                    page = paginator.Read(request, answer, time.GetUtcNow());
                }
                catch
                {
                    answer.Dispose();
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

    private static async Task<TResponse> FetchAsync<TResponse>(
        ZendeskClient client,
        IPaginator<TResponse> paginator,
        PageRequest request,
        RequestBudget budget,
        StreamStats stats,
        CancellationToken cancellationToken)
        where TResponse : IDisposable
    {
        var answer = await paginator.FetchAsync(client, request, budget, cancellationToken);
        stats.AddRequest();
        return answer;
    }

    private static async Task DiscardAsync<TResponse>(Task<TResponse> fetching)
        where TResponse : IDisposable
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
