namespace Zendesk.Singer.Http;

/// <summary>
/// What a <see cref="ZendeskClient"/> has done so far. Every attempt sent is a request (retries and
/// 429s included); incremental requests are counted once, under <see cref="IncrementalRequests"/>.
/// </summary>
/// <param name="CoreRequests">Requests that used the core budget only.</param>
/// <param name="IncrementalRequests">Incremental export requests (they also used a core permit).</param>
/// <param name="Retries">Retries after server errors, 409s, timeouts, broken connections or cut bodies.</param>
/// <param name="RateLimitWaits">429 answers, each followed by a pause of its budget.</param>
/// <param name="RateLimitWaitTime">Wall time the budgets were paused by 429s (both budgets summed).</param>
/// <param name="BudgetWaits">Requests that had to queue for a permit.</param>
/// <param name="BudgetWaitTime">Time requests spent queued for permits, summed over requests.</param>
/// <param name="HelpCenterRequests">Help Center requests (their own budget; no core permit).</param>
internal sealed record ZendeskClientCounters(
    long CoreRequests,
    long IncrementalRequests,
    long Retries,
    long RateLimitWaits,
    TimeSpan RateLimitWaitTime,
    long BudgetWaits,
    TimeSpan BudgetWaitTime,
    long HelpCenterRequests = 0)
{
    public long Requests => CoreRequests + IncrementalRequests + HelpCenterRequests;
}
