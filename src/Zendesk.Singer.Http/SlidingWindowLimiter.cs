using System.Threading.RateLimiting;

namespace Zendesk.Singer.Http;

/// <summary>
/// At most <see cref="Limit"/> requests in any window, on an injected clock so that tests run on fake
/// time (the limiters of System.Threading.RateLimiting read the machine clock). A request holds its slot
/// from the grant until one window after its lease is released: Zendesk counts a request when it
/// arrives, which is after the grant and before the release, so counting from the release keeps this
/// window behind the server's and the budget never earns a 429. Waiters are served first come, first
/// served; a pause (after a 429) holds every waiter until it ends.
/// </summary>
internal sealed partial class SlidingWindowLimiter : RateLimiter
{
    /// <summary>A limit this high means "no budget": no slot is tracked, only pauses apply.</summary>
    public const int Unlimited = int.MaxValue;

    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _slotFreedAt = new();
    private readonly LinkedList<LimiterWaiter> _waiters = new();
    private readonly ITimer _timer;
    private int _limit;
    private int _inFlight;
    private DateTimeOffset _pausedUntil;
    private DateTimeOffset _idleSince;
    private long _granted;
    private long _queued;
    private TimeSpan _queuedTime;
    private TimeSpan _pausedTime;
    private bool _disposed;

    public SlidingWindowLimiter(int limit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _limit = limit;
        _window = window;
        _time = time;
        _idleSince = time.GetUtcNow();
        _timer = time.CreateTimer(static self => ((SlidingWindowLimiter)self!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                DropExpiredSlots(now);
                return _inFlight == 0 && _slotFreedAt.Count == 0 && _waiters.Count == 0 ? now - _idleSince : null;
            }
        }
    }

    public void SetLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        lock (_gate)
        {
            _limit = limit;
            if (limit == Unlimited)
            {
                _slotFreedAt.Clear();
            }

            ServeWaiters();
        }
    }

    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var from = _pausedUntil > now ? _pausedUntil : now;
            if (until > from)
            {
                _pausedTime += until - from;
                _pausedUntil = until;
                ServeWaiters();
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            DropExpiredSlots(_time.GetUtcNow());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _limit == Unlimited ? Unlimited : Math.Max(0, _limit - _inFlight - _slotFreedAt.Count),
                CurrentQueuedCount = _waiters.Count,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = 0,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        RequireOnePermit(permitCount);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _waiters.Count == 0 && TryTakeSlot(_time.GetUtcNow()) ? new SlidingWindowLease(this) : SlidingWindowLease.Refused;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        RequireOnePermit(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        LimiterWaiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetUtcNow();
            if (_waiters.Count == 0 && TryTakeSlot(now))
            {
                return ValueTask.FromResult<RateLimitLease>(new SlidingWindowLease(this));
            }

            waiter = new LimiterWaiter(this, now);
            waiter.Node = _waiters.AddLast(waiter);

            // Registered under the (reentrant) lock so that a grant never races the registration.
            waiter.Registration = cancellationToken.UnsafeRegister(static (state, token) => ((LimiterWaiter)state!).Limiter.Cancel((LimiterWaiter)state, token), waiter);

            // Serve rather than only re-arm: the queue may be waiting on a wake-up that is due now, and
            // re-arming with nothing left to wait for would cancel it and strand every waiter.
            ServeWaiters();
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    internal void Release()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _inFlight--;
            if (_limit != Unlimited)
            {
                _slotFreedAt.Enqueue(now + _window);
            }

            if (_inFlight == 0)
            {
                _idleSince = now + (_limit == Unlimited ? TimeSpan.Zero : _window);
            }

            ServeWaiters();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        List<LimiterWaiter> abandoned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            abandoned = [.. _waiters];
            _waiters.Clear();
        }

        _timer.Dispose();
        foreach (var waiter in abandoned)
        {
            waiter.Registration.Unregister();
            waiter.Completion.TrySetException(new ObjectDisposedException(nameof(SlidingWindowLimiter)));
        }
    }

    protected override ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        return ValueTask.CompletedTask;
    }

    private static void RequireOnePermit(int permitCount)
    {
        // Every Zendesk request costs exactly one permit; other counts would only hide mistakes.
        if (permitCount != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "Each request takes exactly one permit.");
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                ServeWaiters();
            }
        }
    }

    internal void Cancel(LimiterWaiter waiter, CancellationToken token)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            _waiters.Remove(waiter.Node);
            ServeWaiters();
        }

        waiter.Completion.TrySetCanceled(token);
    }

    // Called under the lock.
    private void ServeWaiters()
    {
        var now = _time.GetUtcNow();
        while (_waiters.First is { } first && TryTakeSlot(now))
        {
            _waiters.RemoveFirst();
            var waiter = first.Value;
            _queued++;
            _queuedTime += now - waiter.Since;
            waiter.Registration.Unregister();
            waiter.Completion.TrySetResult(new SlidingWindowLease(this));
        }

        ArmTimer(now);
    }

    // Called under the lock.
    private bool TryTakeSlot(DateTimeOffset now)
    {
        if (now < _pausedUntil)
        {
            return false;
        }

        DropExpiredSlots(now);
        if (_limit != Unlimited && _inFlight + _slotFreedAt.Count >= _limit)
        {
            return false;
        }

        _inFlight++;
        _granted++;
        return true;
    }

    // Called under the lock.
    private void DropExpiredSlots(DateTimeOffset now)
    {
        while (_slotFreedAt.TryPeek(out var freedAt) && freedAt <= now)
        {
            _slotFreedAt.Dequeue();
        }
    }

    // Called under the lock. Wakes the queue when the pause ends or the oldest released slot expires;
    // a slot held by a request in flight frees itself through Release.
    private void ArmTimer(DateTimeOffset now)
    {
        if (_disposed)
        {
            return;
        }

        DateTimeOffset? wake = null;
        if (_waiters.Count > 0)
        {
            if (now < _pausedUntil)
            {
                wake = _pausedUntil;
            }
            else if (_slotFreedAt.TryPeek(out var freedAt))
            {
                wake = freedAt;
            }
        }

        _timer.Change(wake is { } at ? Max(at - now, TimeSpan.Zero) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
