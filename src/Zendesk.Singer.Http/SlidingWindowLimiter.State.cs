namespace Zendesk.Singer.Http;

/// <summary>What a <see cref="SlidingWindowLimiter"/> can tell about itself, for counters and tests.</summary>
internal sealed partial class SlidingWindowLimiter
{
    public int Limit
    {
        get
        {
            lock (_gate)
            {
                return _limit;
            }
        }
    }

    /// <summary>Permits granted and not yet released.</summary>
    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>The slots taken within the window: in flight, or released less than a window ago.</summary>
    public int Occupied
    {
        get
        {
            lock (_gate)
            {
                DropExpiredSlots(_time.GetUtcNow());
                return _limit == Unlimited ? _inFlight : _inFlight + _slotFreedAt.Count;
            }
        }
    }

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>How many grants had to wait, and for how long in total (pauses included).</summary>
    public (long Count, TimeSpan Time) Queued
    {
        get
        {
            lock (_gate)
            {
                return (_queued, _queuedTime);
            }
        }
    }

    /// <summary>Wall time this limiter was paused by <see cref="PauseUntil"/> (overlapping pauses counted once).</summary>
    public TimeSpan PausedTime
    {
        get
        {
            lock (_gate)
            {
                return _pausedTime;
            }
        }
    }
}
