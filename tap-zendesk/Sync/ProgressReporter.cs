using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Every half minute, for each running stream: a line with the records so far, the rate and the
/// budgets' waits, and the Singer SDK's <c>record_count</c> metric with the records since the last one.
/// </summary>
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
            _context.Log.Metric("counter", "record_count", stats.TakeUnreportedRecords(), ("stream", stats.Stream));
        }
    }
}
