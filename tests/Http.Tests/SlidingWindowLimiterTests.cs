using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Zendesk.Singer.Http.Tests;

public sealed class SlidingWindowLimiterTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _clock = new(RecordingClock.Origin);

    [Fact]
    public async Task Grants_the_limit_at_once_and_the_next_permit_a_window_after_the_first_release()
    {
        using var limiter = new SlidingWindowLimiter(3, Minute, _clock);
        var first = await limiter.AcquireAsync(1);
        using var second = await limiter.AcquireAsync(1);
        using var third = await limiter.AcquireAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(2));
        first.Dispose();

        var fourth = limiter.AcquireAsync(1).AsTask();
        _clock.Advance(Minute - TimeSpan.FromTicks(1));
        fourth.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromTicks(1));

        (await fourth).IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public async Task Holds_a_slot_while_its_request_is_in_flight_however_long_that_takes()
    {
        using var limiter = new SlidingWindowLimiter(1, Minute, _clock);
        var slow = await limiter.AcquireAsync(1);

        var next = limiter.AcquireAsync(1).AsTask();
        _clock.Advance(Minute * 3);
        next.IsCompleted.ShouldBeFalse();
        slow.Dispose();
        _clock.Advance(Minute);

        (await next).IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public async Task Serves_waiters_in_the_order_they_came()
    {
        using var limiter = new SlidingWindowLimiter(1, Minute, _clock);
        (await limiter.AcquireAsync(1)).Dispose();
        var order = new List<int>();
        var waiters = Enumerable.Range(1, 3).Select(async n =>
        {
            // Released before it is recorded, so the test never advances past a slot still in flight.
            (await limiter.AcquireAsync(1)).Dispose();
            lock (order)
            {
                order.Add(n);
            }
        }).ToArray();

        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(Minute);
            var served = i + 1;
            await RecordingClock.UntilAsync(() => { lock (order) { return order.Count == served; } }, $"waiter {served} served");
        }

        await Task.WhenAll(waiters);
        order.ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Refuses_an_immediate_permit_when_the_window_is_full()
    {
        using var limiter = new SlidingWindowLimiter(1, Minute, _clock);
        using var held = limiter.AttemptAcquire(1);

        using var refused = limiter.AttemptAcquire(1);

        held.IsAcquired.ShouldBeTrue();
        refused.IsAcquired.ShouldBeFalse();
        limiter.GetStatistics()!.CurrentAvailablePermits.ShouldBe(0);
    }

    [Fact]
    public async Task A_pause_holds_every_waiter_until_it_ends_even_with_permits_free()
    {
        using var limiter = new SlidingWindowLimiter(100, Minute, _clock);
        limiter.PauseUntil(_clock.GetUtcNow() + TimeSpan.FromSeconds(7));

        var waiting = Enumerable.Range(0, 5).Select(_ => limiter.AcquireAsync(1).AsTask()).ToArray();
        _clock.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromTicks(1));
        waiting.ShouldAllBe(t => !t.IsCompleted);
        limiter.AttemptAcquire(1).IsAcquired.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromTicks(1));

        foreach (var lease in await Task.WhenAll(waiting))
        {
            lease.IsAcquired.ShouldBeTrue();
            lease.Dispose();
        }

        limiter.PausedTime.ShouldBe(TimeSpan.FromSeconds(7));
        limiter.Queued.ShouldBe((5, TimeSpan.FromSeconds(35)));
    }

    [Fact]
    public async Task A_request_after_a_pause_serves_the_queue_even_when_the_wake_up_is_late()
    {
        var clock = new LateTimerClock(RecordingClock.Origin);
        using var limiter = new SlidingWindowLimiter(10, Minute, clock);
        limiter.PauseUntil(clock.Now + TimeSpan.FromSeconds(5));
        var queued = limiter.AcquireAsync(1).AsTask();
        clock.Now += TimeSpan.FromSeconds(6);

        var next = limiter.AcquireAsync(1).AsTask();

        (await queued.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired.ShouldBeTrue();
        (await next.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public void Overlapping_pauses_extend_the_pause_and_count_its_time_once()
    {
        using var limiter = new SlidingWindowLimiter(10, Minute, _clock);
        var start = _clock.GetUtcNow();

        limiter.PauseUntil(start + TimeSpan.FromSeconds(10));
        _clock.Advance(TimeSpan.FromSeconds(4));
        limiter.PauseUntil(start + TimeSpan.FromSeconds(8));
        limiter.PauseUntil(start + TimeSpan.FromSeconds(15));

        limiter.PausedUntil.ShouldBe(start + TimeSpan.FromSeconds(15));
        limiter.PausedTime.ShouldBe(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Raising_the_limit_serves_waiters_at_once()
    {
        using var limiter = new SlidingWindowLimiter(1, Minute, _clock);
        using var held = await limiter.AcquireAsync(1);
        var waiting = limiter.AcquireAsync(1).AsTask();

        limiter.SetLimit(5);

        (await waiting).IsAcquired.ShouldBeTrue();
        limiter.Limit.ShouldBe(5);
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_and_the_next_one_gets_its_turn()
    {
        using var limiter = new SlidingWindowLimiter(1, Minute, _clock);
        var held = await limiter.AcquireAsync(1);
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, cancel.Token).AsTask();
        var next = limiter.AcquireAsync(1).AsTask();

        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(cancelled);
        held.Dispose();
        _clock.Advance(Minute);

        (await next).IsAcquired.ShouldBeTrue();
        limiter.GetStatistics()!.CurrentQueuedCount.ShouldBe(0);
    }

    [Fact]
    public async Task Unlimited_never_queues_but_still_pauses()
    {
        using var limiter = new SlidingWindowLimiter(SlidingWindowLimiter.Unlimited, Minute, _clock);
        var leases = new List<RateLimitLease>();
        for (var i = 0; i < 10_000; i++)
        {
            leases.Add(await limiter.AcquireAsync(1));
        }

        leases.ForEach(l => l.Dispose());
        limiter.PauseUntil(_clock.GetUtcNow() + TimeSpan.FromSeconds(3));
        var paused = limiter.AcquireAsync(1).AsTask();
        paused.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(3));

        (await paused).IsAcquired.ShouldBeTrue();
        limiter.Queued.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Releasing_a_lease_twice_frees_one_slot()
    {
        using var limiter = new SlidingWindowLimiter(2, Minute, _clock);
        var lease = await limiter.AcquireAsync(1);
        using var other = await limiter.AcquireAsync(1);

        lease.Dispose();
        lease.Dispose();

        limiter.GetStatistics()!.CurrentAvailablePermits.ShouldBe(0);
    }

    [Fact]
    public void Takes_exactly_one_permit_per_request()
    {
        using var limiter = new SlidingWindowLimiter(2, Minute, _clock);

        Should.Throw<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(2));
    }

    [Fact]
    public async Task Disposing_fails_the_waiters()
    {
        var limiter = new SlidingWindowLimiter(1, Minute, _clock);
        using var held = await limiter.AcquireAsync(1);
        var waiting = limiter.AcquireAsync(1).AsTask();

        limiter.Dispose();

        await Should.ThrowAsync<ObjectDisposedException>(waiting);
    }
}
