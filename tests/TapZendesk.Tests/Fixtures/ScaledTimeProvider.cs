namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>
/// A clock that runs <c>scale</c> times faster than the machine's: one of its minutes passes in
/// 60/scale real seconds, and its timers fire that much sooner. Paired with the simulator's time
/// scale it lets a rate-limited sync run in seconds with the budgets' arithmetic unchanged.
/// </summary>
internal sealed class ScaledTimeProvider(double scale) : TimeProvider
{
    private readonly long _origin = System.GetTimestamp();
    private readonly DateTimeOffset _start = System.GetUtcNow();

    public double Scale { get; } = scale;

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() => _origin + (long)((System.GetTimestamp() - _origin) * Scale);

    public override DateTimeOffset GetUtcNow() => _start + (System.GetElapsedTime(_origin) * Scale);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Shrink(dueTime), Shrink(period)), this);

    public TimeSpan Shrink(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / Scale;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Shrink(dueTime), clock.Shrink(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
