using Zendesk.Simulator.Hosting;

namespace Zendesk.Simulator.Limits;

/// <summary>
/// The account bucket and the export buckets, each a sliding window: one minute, or twenty for the
/// sample export. Windows are divided by the time scale, so at scale 60 a "minute" lasts one real second.
/// </summary>
internal sealed partial class RateLimiter(SimulatorSettings settings, TimeProvider time, double timeScale)
{
    private readonly Lock _gate = new();
    private readonly SlidingWindow _supportAccount = new(time);
    private readonly SlidingWindow _helpCenter = new(time);
    private readonly Dictionary<string, SlidingWindow> _buckets = new(StringComparer.Ordinal)
    {
        [RateBucket.IncrementalExports] = new SlidingWindow(time),
        [RateBucket.IncrementalExportsCursor] = new SlidingWindow(time),
        [RateBucket.IncrementalSample] = new SlidingWindow(time),
    };

    private readonly double _scale = timeScale > 0 ? timeScale : 1;

    /// <summary>The account bucket's (and the per-minute export buckets') window.</summary>
    public TimeSpan Window => TimeSpan.FromMinutes(1) / _scale;

    public TimeSpan WindowOf(string bucket) => bucket == RateBucket.IncrementalSample ? PlanRules.SampleWindow / _scale : Window;

    public int BucketLimit(string bucket) => bucket switch
    {
        RateBucket.IncrementalExportsCursor => PlanRules.CursorExportsPerMinute(settings.HighVolume),
        RateBucket.IncrementalSample => PlanRules.SampleRequests,
        _ => PlanRules.ExportsPerMinute(settings.HighVolume),
    };

    public LimitDecision Check(string? bucket)
    {
        lock (_gate)
        {
            // A Help Center request is counted in a window of its own, with the account's limit.
            var account = bucket == RateBucket.HelpCenter ? _helpCenter : _supportAccount;
            bucket = bucket == RateBucket.HelpCenter ? null : bucket;
            var accountLimit = settings.AccountLimit;
            var accountUsed = account.InWindow(Window);
            var window = bucket is null ? null : _buckets[bucket];
            var bucketWindow = bucket is null ? Window : WindowOf(bucket);
            var bucketLimit = bucket is null ? 0 : BucketLimit(bucket);
            var bucketUsed = window?.InWindow(bucketWindow) ?? 0;
            var rejectedBy = string.Empty;
            var retry = 0;
            if (settings.RateLimits)
            {
                if (window is not null && bucketUsed >= bucketLimit)
                {
                    rejectedBy = bucket!;
                    retry = Seconds(window.UntilReset(bucketWindow));
                }
                else if (accountUsed >= accountLimit)
                {
                    rejectedBy = RateBucket.Account;
                    retry = Seconds(account.UntilReset(Window));
                }
            }

            var allowed = rejectedBy.Length == 0;
            if (allowed)
            {
                account.Record();
                window?.Record();
                accountUsed++;
                bucketUsed++;
            }

            return new LimitDecision(
                allowed,
                rejectedBy,
                retry,
                accountLimit,
                Math.Max(0, accountLimit - accountUsed),
                Seconds(account.UntilReset(Window)),
                bucket,
                bucketLimit,
                Math.Max(0, bucketLimit - bucketUsed),
                window is null ? 0 : Seconds(window.UntilReset(bucketWindow)));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _supportAccount.Clear();
            _helpCenter.Clear();
            foreach (var window in _buckets.Values)
            {
                window.Clear();
            }

            _userUpdates.Clear();
        }
    }

    // Retry-After and the reset headers are whole seconds, at least one.
    private static int Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));
}
