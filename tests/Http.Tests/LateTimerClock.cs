namespace Zendesk.Singer.Http.Tests;

/// <summary>
/// A clock whose timers fire only when told to: it reproduces a wake-up that is due by the clock but
/// has not run yet, which is what a busy machine does to real timers.
/// </summary>
internal sealed class LateTimerClock(DateTimeOffset start) : TimeProvider
{
    private readonly List<LateTimer> _timers = [];

    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new LateTimer(callback, state);
        _timers.Add(timer);
        return timer;
    }

    private sealed class LateTimer(TimerCallback callback, object? state) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        public void Fire() => callback(state);
    }
}
