using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>Every half minute, one line per running stream: records so far, rate, and the budgets' waits.</summary>
internal sealed class ProgressReporter : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly SyncContext _context;
    private readonly TimeProvider _wall;
    private readonly BackgroundLoop _loop;

    public ProgressReporter(SyncContext context, TimeProvider wall)
    {
        _context = context;
        _wall = wall;
        _loop = new BackgroundLoop(RunAsync);
    }

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(Interval, _wall, cancellationToken);
            Report(_context.Client.Counters);
        }
    }

    private void Report(ZendeskClientCounters counters)
    {
        foreach (var output in _context.Outputs.Values)
        {
            var stats = output.Stats;
            if (stats.Status != StreamStatus.Running)
            {
                continue;
            }

            var seconds = _wall.GetElapsedTime(stats.StartedAt).TotalSeconds;
            _context.Log.Info(
                $"stream {stats.Stream} in progress",
                ("records", stats.Records),
                ("requests", stats.Requests),
                ("records_per_second", seconds > 0 ? Math.Round(stats.Records / seconds, 1) : 0d),
                ("budget_wait", counters.BudgetWaitTime),
                ("rate_limit_wait", counters.RateLimitWaitTime));
        }
    }
}
