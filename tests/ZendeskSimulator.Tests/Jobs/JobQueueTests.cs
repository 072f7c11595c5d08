using Microsoft.Extensions.Time.Testing;
using Zendesk.Simulator.Jobs;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Tests.Jobs;

public sealed class JobQueueTests
{
    private static readonly TimeSpan ItemTime = TimeSpan.FromMilliseconds(10);

    private readonly SimulatedClock _clock = new(DateTimeOffset.UnixEpoch, running: false);
    private readonly FakeTimeProvider _wall = new(DateTimeOffset.UnixEpoch);

    private JobQueue Queue(double scale = 1) => new(seed: 1, new WorkClock(_clock, _wall, scale), ItemTime);

    private static Job? Enqueue(JobQueue queue, bool limited = true, int items = 1) =>
        queue.TryEnqueue("bulk_create_or_update_users", items, () => [], limited);

    [Fact]
    public void A_job_counts_against_the_limit_until_its_items_time_has_passed()
    {
        var queue = Queue();
        var job = Enqueue(queue, items: 3)!;

        var atFirst = queue.Active;
        _clock.Advance(ItemTime * 2);
        var working = queue.Active;
        _clock.Advance(ItemTime);

        atFirst.ShouldBe(1);
        working.ShouldBe(1);
        queue.Active.ShouldBe(0);
        job.IsCompleted.ShouldBeTrue();
    }

    [Fact]
    public void Jobs_work_one_after_another_in_queue_order()
    {
        var queue = Queue();
        var first = Enqueue(queue, items: 2)!;
        var second = Enqueue(queue, items: 1)!;

        _clock.Advance(ItemTime);
        var whileFirstWorks = (queue.Find(first.Id)!.View.State, queue.Find(second.Id)!.View.State);
        _clock.Advance(ItemTime);
        var whileSecondWorks = (queue.Find(first.Id)!.View.State, queue.Find(second.Id)!.View.State);

        whileFirstWorks.ShouldBe((JobState.Working, JobState.Queued));
        whileSecondWorks.ShouldBe((JobState.Completed, JobState.Working));
        second.Start.ShouldBe(first.Done);
    }

    [Fact]
    public void Real_time_moves_jobs_while_the_account_clock_stands_still_and_the_time_scale_speeds_it()
    {
        var queue = Queue(scale: 10);
        var job = Enqueue(queue, items: 10)!;

        _wall.Advance(ItemTime);

        queue.Find(job.Id)!.View.State.ShouldBe(JobState.Completed);
    }

    [Fact]
    public void The_thirty_first_job_is_refused_while_thirty_wait()
    {
        var queue = Queue();
        var jobs = Enumerable.Range(0, JobQueue.MaxActive).Select(_ => Enqueue(queue)).ToList();

        var refused = Enqueue(queue);

        jobs.ShouldAllBe(j => j != null);
        refused.ShouldBeNull();
    }

    [Fact]
    public void A_completed_job_frees_its_place()
    {
        var queue = Queue();
        var first = Enqueue(queue)!;
        for (var i = 1; i < JobQueue.MaxActive; i++)
        {
            Enqueue(queue);
        }

        var whileWorking = Enqueue(queue);
        _clock.Advance(ItemTime);
        var afterCompleting = Enqueue(queue);

        whileWorking.ShouldBeNull();
        afterCompleting.ShouldNotBeNull();
        queue.Find(first.Id)!.IsCompleted.ShouldBeTrue();
    }

    [Fact]
    public void An_unlimited_queue_takes_more_than_thirty()
    {
        var queue = Queue();

        var jobs = Enumerable.Range(0, JobQueue.MaxActive + 5).Select(_ => Enqueue(queue, limited: false)).ToList();

        jobs.ShouldAllBe(j => j != null);
        queue.Active.ShouldBe(JobQueue.MaxActive + 5);
    }
}
