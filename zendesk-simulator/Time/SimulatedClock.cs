namespace Zendesk.Simulator.Time;

/// <summary>
/// The account's clock. It stands still unless told to run (tests move it with <see cref="Advance"/>);
/// when running it follows the wall clock from where it was set. It never goes backwards, because
/// the export indexes rely on every change being stamped at or after the previous one.
/// </summary>
internal sealed class SimulatedClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _wall;
    private readonly bool _running;
    private DateTimeOffset _anchor;
    private long _anchorTimestamp;

    public SimulatedClock(DateTimeOffset start, bool running, TimeProvider? wall = null)
    {
        _wall = wall ?? System;
        _running = running;
        _anchor = start;
        _anchorTimestamp = _wall.GetTimestamp();
    }

    public DateTimeOffset Now => GetUtcNow();

    /// <summary>Whole Unix seconds of <see cref="Now"/>.</summary>
    public long NowSeconds => GetUtcNow().ToUnixTimeSeconds();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _running ? _anchor + _wall.GetElapsedTime(_anchorTimestamp) : _anchor;
        }
    }

    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "The simulated clock only moves forwards.");
        }

        lock (_gate)
        {
            var now = _running ? _anchor + _wall.GetElapsedTime(_anchorTimestamp) : _anchor;
            _anchor = now + delta;
            _anchorTimestamp = _wall.GetTimestamp();
        }
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        var now = GetUtcNow();
        if (value < now)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The simulated clock only moves forwards.");
        }

        Advance(value - now);
    }
}
