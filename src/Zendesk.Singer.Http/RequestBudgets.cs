using System.Globalization;
using System.Net.Http.Headers;

namespace Zendesk.Singer.Http;

/// <summary>
/// The budgets every caller of a run shares: the account's requests per minute, the incremental
/// exports' own limit, and the Help Center's. An incremental request takes a permit from the first two,
/// as Zendesk counts it against both; a Help Center request only from its own, as Zendesk keeps the
/// Help Center's requests apart from the Support API's. With budgets off the limiters are unlimited but
/// still pause on a 429.
/// </summary>
internal sealed class RequestBudgets : IDisposable
{
    /// <summary>Where "auto" starts before the account has told its limit: the lowest plan's.</summary>
    public const int AutoStartRequestsPerMinute = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly IClientLog _log;
    private readonly bool _auto;
    private int _adopted;

    public RequestBudgets(ZendeskClientOptions options, IClientLog log, TimeProvider time)
    {
        _log = log;
        var enabled = options.BudgetsEnabled;
        _auto = enabled && options.CoreRequestsPerMinute is null;
        var core = !enabled ? SlidingWindowLimiter.Unlimited : options.CoreRequestsPerMinute ?? AutoStartRequestsPerMinute;
        var incremental = enabled ? options.IncrementalRequestsPerMinute : SlidingWindowLimiter.Unlimited;
        Core = new SlidingWindowLimiter(core, Window, time);
        Incremental = new SlidingWindowLimiter(incremental, Window, time);
        HelpCenter = new SlidingWindowLimiter(enabled ? options.HelpCenterRequestsPerMinute : SlidingWindowLimiter.Unlimited, Window, time);
    }

    public SlidingWindowLimiter Core { get; }

    public SlidingWindowLimiter Incremental { get; }

    public SlidingWindowLimiter HelpCenter { get; }

    public SlidingWindowLimiter For(RequestBudget budget) => budget switch
    {
        RequestBudget.Incremental => Incremental,
        RequestBudget.HelpCenter => HelpCenter,
        _ => Core,
    };

    /// <summary>With "auto", adopts the account limit that every Zendesk answer carries in <c>X-Rate-Limit</c>.</summary>
    public void Observe(HttpResponseHeaders headers)
    {
        if (!_auto)
        {
            return;
        }

        if (headers.TryGetValues("X-Rate-Limit", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            && limit > 0)
        {
            if (Interlocked.Exchange(ref _adopted, limit) != limit)
            {
                Core.SetLimit(limit);
                _log.Info("adopted the account's rate limit", ("requests_per_minute", limit));
            }
        }
        else if (Interlocked.CompareExchange(ref _adopted, -1, 0) == 0)
        {
            Core.SetLimit(ZendeskClientOptions.DefaultCoreRequestsPerMinute);
            _log.Warn(
                "Zendesk's answer has no X-Rate-Limit header; max_requests_per_minute 'auto' uses the default",
                ("requests_per_minute", ZendeskClientOptions.DefaultCoreRequestsPerMinute));
        }
    }

    public void Dispose()
    {
        Core.Dispose();
        Incremental.Dispose();
        HelpCenter.Dispose();
    }
}
