using System.Threading.RateLimiting;

namespace Zendesk.Singer.Http;

/// <summary>One request queued in a <see cref="SlidingWindowLimiter"/>.</summary>
internal sealed class LimiterWaiter(SlidingWindowLimiter limiter, DateTimeOffset since)
{
    public SlidingWindowLimiter Limiter { get; } = limiter;

    public DateTimeOffset Since { get; } = since;

    public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LinkedListNode<LimiterWaiter>? Node { get; set; }

    public CancellationTokenRegistration Registration { get; set; }
}
