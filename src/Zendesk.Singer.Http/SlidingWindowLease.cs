using System.Threading.RateLimiting;

namespace Zendesk.Singer.Http;

/// <summary>A granted slot of a <see cref="SlidingWindowLimiter"/>; disposing it marks the request complete.</summary>
internal sealed class SlidingWindowLease : RateLimitLease
{
    public static readonly SlidingWindowLease Refused = new(null);

    private SlidingWindowLimiter? _limiter;

    public SlidingWindowLease(SlidingWindowLimiter? limiter) => _limiter = limiter;

    public override bool IsAcquired => this != Refused;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        // A lease released twice must not free two slots.
        Interlocked.Exchange(ref _limiter, null)?.Release();
    }
}
