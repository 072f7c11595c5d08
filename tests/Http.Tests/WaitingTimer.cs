using System.Collections.Concurrent;

namespace Zendesk.Singer.Http.Tests;

/// <summary>A fake timer that is listed as waiting from when it is set until it fires, is stopped or is disposed.</summary>
internal sealed class WaitingTimer(ConcurrentDictionary<WaitingTimer, byte> waiting) : ITimer
{
    public ITimer Timer { get; set; } = null!;

    public void Track(TimeSpan dueTime, TimeSpan period)
    {
        // A periodic timer always waits; only a one-shot wait says someone needs time to pass.
        if (dueTime != Timeout.InfiniteTimeSpan && period == Timeout.InfiniteTimeSpan)
        {
            waiting.TryAdd(this, 0);
        }
        else
        {
            Done();
        }
    }

    public void Done() => waiting.TryRemove(this, out _);

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        Track(dueTime, period);
        return Timer.Change(dueTime, period);
    }

    public void Dispose()
    {
        Done();
        Timer.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Done();
        return Timer.DisposeAsync();
    }
}
