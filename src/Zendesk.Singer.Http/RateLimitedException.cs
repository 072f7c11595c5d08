namespace Zendesk.Singer.Http;

/// <summary>HTTP 429; stays inside the client, which pauses the budget and tries again.</summary>
internal sealed class RateLimitedException(TimeSpan retryAfter)
    : Exception($"Zendesk's rate limit was reached (HTTP 429); retry after {retryAfter.TotalSeconds:0.###} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
