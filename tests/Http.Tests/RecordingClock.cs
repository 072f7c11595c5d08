using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Zendesk.Singer.Http.Tests;

/// <summary>
/// Fake time that also remembers the due time of every timer created on it (retry delays, timeouts),
/// and knows whether a one-shot timer is still waiting for time to pass.
/// </summary>
public sealed class RecordingClock : FakeTimeProvider
{
    public static readonly DateTimeOffset Origin = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();
    private readonly ConcurrentDictionary<WaitingTimer, byte> _waiting = new();

    public RecordingClock()
        : base(Origin)
    {
    }

    public IReadOnlyCollection<TimeSpan> DueTimes => _dueTimes;

    public TimeSpan Elapsed => GetUtcNow() - Origin;

    /// <summary>Whether some code waits on this clock: a one-shot timer that has neither fired nor been disposed.</summary>
    public bool SomethingWaits => !_waiting.IsEmpty;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        var waiting = new WaitingTimer(_waiting);
        waiting.Timer = base.CreateTimer(
            s =>
            {
                waiting.Done();
                callback(s);
            },
            state,
            dueTime,
            period);
        waiting.Track(dueTime, period);
        return waiting;
    }

    /// <summary>Advances in steps, letting the real threads run between them, until the task ends.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan step)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!task.IsCompleted)
        {
            limit.Token.ThrowIfCancellationRequested();
            Advance(step);
            await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(5), limit.Token));
        }

        return await task;
    }

    /// <summary>
    /// Like <see cref="RunAsync{T}"/>, but advances only while <paramref name="quiet"/> holds (e.g. no
    /// request in flight), so that no fake time passes during a request however slow the machine is.
    /// </summary>
    public async Task<T> RunQuietlyAsync<T>(Task<T> task, TimeSpan step, Func<bool> quiet)
    {
        while (!task.IsCompleted)
        {
            await UntilAsync(() => task.IsCompleted || quiet(), "no request in flight");
            if (!task.IsCompleted)
            {
                Advance(step);
                await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(1), CancellationToken.None));
            }
        }

        return await task;
    }

    /// <summary>Waits (in real time, bounded) until something the code under test does asynchronously has happened.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (limit.IsCancellationRequested)
            {
                throw new TimeoutException($"Gave up waiting for: {what}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), CancellationToken.None);
        }
    }
}
