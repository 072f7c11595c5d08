using Microsoft.Extensions.Time.Testing;
using Zendesk.Simulator.Jobs;

namespace Zendesk.Simulator.Tests.Jobs;

public sealed class JobQueueTests
{
    private static JobQueue Queue() => new(seed: 1, new FakeTimeProvider(DateTimeOffset.UnixEpoch));

    private static Job? Enqueue(JobQueue queue, bool limited = true) =>
        queue.TryEnqueue("bulk_create_or_update_users", 1, () => [], limited);

    [Fact]
    public void Queued_and_working_jobs_count_against_the_limit_until_they_complete()
    {
        var queue = Queue();
        var job = Enqueue(queue)!;

        var queued = queue.Active;
        queue.Poll(job.Id);
        var working = queue.Active;
        queue.Poll(job.Id);
        var completed = queue.Active;
        queue.Poll(job.Id);

        queued.ShouldBe(1);
        working.ShouldBe(1);
        completed.ShouldBe(0);
        queue.Active.ShouldBe(0);
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

        queue.Poll(first.Id);
        var whileWorking = Enqueue(queue);
        queue.Poll(first.Id);
        var afterCompleting = Enqueue(queue);

        whileWorking.ShouldBeNull();
        afterCompleting.ShouldNotBeNull();
        queue.Poll(first.Id).ShouldBeSameAs(first);
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
