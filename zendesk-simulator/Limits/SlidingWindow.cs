namespace Zendesk.Simulator.Limits;

/// <summary>
/// A sliding-window log: at most <c>limit</c> requests in any window. Rejected requests are not
/// recorded, so a client that waits the returned Retry-After gets through.
/// </summary>
internal sealed class SlidingWindow(TimeProvider time)
{
    private readonly Queue<DateTimeOffset> _accepted = new();
    private readonly Lock _gate = new();

    /// <summary>How many requests are in the window now (after the expired ones are dropped).</summary>
    public int InWindow(TimeSpan window)
    {
        lock (_gate)
        {
            Expire(time.GetUtcNow(), window);
            return _accepted.Count;
        }
    }

    /// <summary>Until the oldest request leaves the window (the window's length when it is empty).</summary>
    public TimeSpan UntilReset(TimeSpan window)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Expire(now, window);
            return _accepted.Count == 0 ? window : _accepted.Peek() + window - now;
        }
    }

    public void Record()
    {
        lock (_gate)
        {
            _accepted.Enqueue(time.GetUtcNow());
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _accepted.Clear();
        }
    }

    private void Expire(DateTimeOffset now, TimeSpan window)
    {
        while (_accepted.Count > 0 && _accepted.Peek() + window <= now)
        {
            _accepted.Dequeue();
        }
    }
}
