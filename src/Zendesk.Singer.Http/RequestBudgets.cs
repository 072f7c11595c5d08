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

    private readonly AnnouncedLimit? _account;
    private readonly AnnouncedLimit? _exports;

    public RequestBudgets(ZendeskClientOptions options, IClientLog log, TimeProvider time)
    {
        var enabled = options.BudgetsEnabled;
        var core = !enabled ? SlidingWindowLimiter.Unlimited : options.CoreRequestsPerMinute ?? AutoStartRequestsPerMinute;
        var incremental = !enabled ? SlidingWindowLimiter.Unlimited : options.IncrementalRequestsPerMinute ?? ZendeskClientOptions.DefaultIncrementalRequestsPerMinute;
        Core = new SlidingWindowLimiter(core, Window, time);
        Incremental = new SlidingWindowLimiter(incremental, Window, time);
        HelpCenter = new SlidingWindowLimiter(enabled ? options.HelpCenterRequestsPerMinute : SlidingWindowLimiter.Unlimited, Window, time);
        if (enabled && options.CoreRequestsPerMinute is null)
        {
            _account = AnnouncedLimit.Account(Core, options.ReservePercent, log, time);
        }

        if (enabled && options.IncrementalRequestsPerMinute is null)
        {
            _exports = AnnouncedLimit.IncrementalExports(Incremental, log, time);
        }
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

    /// <summary>
    /// Follows the limits Zendesk announces on each answer, where the budget is "auto". A Help Center
    /// answer tells the Help Center's own count, so it says nothing of the Support budgets.
    /// </summary>
    public void Observe(RequestBudget budget, HttpResponseHeaders headers)
    {
        if (budget == RequestBudget.HelpCenter)
        {
            return;
        }

        _account?.Observe(headers);
        if (budget == RequestBudget.Incremental)
        {
            _exports?.Observe(headers);
        }
    }

    public void Dispose()
    {
        Core.Dispose();
        Incremental.Dispose();
        HelpCenter.Dispose();
    }
}
