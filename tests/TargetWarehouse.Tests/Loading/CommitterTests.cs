using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Tests.Loading;

public sealed class CommitterTests
{
    private const int MaxBatches = 2;

    [Fact]
    public async Task A_batch_beyond_the_limit_waits_until_a_queued_batch_is_committed()
    {
        using var committer = new Committer(MaxBatches);
        var gates = Enumerable.Range(0, MaxBatches).Select(_ => new TaskCompletionSource()).ToList();
        foreach (var gate in gates)
        {
            await committer.EnqueueBatchAsync(() => gate.Task, CancellationToken.None);
        }

        var extra = committer.EnqueueBatchAsync(() => Task.CompletedTask, CancellationToken.None);
        extra.IsCompleted.ShouldBeFalse();

        gates[0].SetResult();
        await extra;
        foreach (var gate in gates.Skip(1))
        {
            gate.SetResult();
        }

        await committer.DrainAsync();
    }

    [Fact]
    public async Task A_round_waits_for_a_room_per_batch_then_queues_them_all_without_waiting()
    {
        using var committer = new Committer(MaxBatches);
        var first = await CommittingAsync(committer);

        var round = committer.BeginRoundAsync(5, CancellationToken.None);
        round.IsCompleted.ShouldBeFalse();
        first.SetResult();
        await round;

        var gates = Enumerable.Range(0, 5).Select(_ => new TaskCompletionSource()).ToList();
        foreach (var gate in gates)
        {
            (await committer.EnqueueBatchAsync(() => gate.Task, CancellationToken.None)).IsCompleted.ShouldBeFalse();
        }

        committer.EndRound();
        var after = committer.EnqueueBatchAsync(() => Task.CompletedTask, CancellationToken.None);
        foreach (var gate in gates.SkipLast(1))
        {
            gate.SetResult();
        }

        await Task.Delay(50);
        after.IsCompleted.ShouldBeFalse();
        gates[^1].SetResult();
        await after;
        await committer.DrainAsync();
    }

    [Fact]
    public async Task A_round_of_one_batch_needs_only_one_room()
    {
        using var committer = new Committer(MaxBatches);
        var first = await CommittingAsync(committer);

        var round = committer.BeginRoundAsync(1, CancellationToken.None);
        round.IsCompleted.ShouldBeTrue();
        await round;
        await committer.EnqueueBatchAsync(() => Task.CompletedTask, CancellationToken.None);
        committer.EndRound();

        var extra = committer.EnqueueBatchAsync(() => Task.CompletedTask, CancellationToken.None);
        extra.IsCompleted.ShouldBeFalse();
        first.SetResult();
        await extra;
        await committer.DrainAsync();
    }

    [Fact]
    public async Task A_failed_commit_gives_its_room_back_and_fails_every_later_job()
    {
        using var committer = new Committer(MaxBatches);
        for (var i = 0; i < MaxBatches; i++)
        {
            await committer.EnqueueBatchAsync(() => throw new InvalidOperationException("engine down"), CancellationToken.None);
        }

        (await Should.ThrowAsync<InvalidOperationException>(committer.DrainAsync())).Message.ShouldBe("engine down");
        var ran = false;
        var later = committer.EnqueueBatchAsync(
            () =>
            {
                ran = true;
                return Task.CompletedTask;
            },
            CancellationToken.None);
        later.IsCompleted.ShouldBeTrue();
        await later;
        committer.Then(() => ran = true);

        await Should.ThrowAsync<InvalidOperationException>(committer.DrainAsync());
        ran.ShouldBeFalse();
    }

    [Fact]
    public async Task After_a_refused_record_later_jobs_still_run_and_learn_where_the_run_stops()
    {
        using var committer = new Committer(MaxBatches);
        committer.StopsBefore.ShouldBe(long.MaxValue);
        await committer.EnqueueBatchAsync(() => throw new LoadException("line 7: refused", new InvalidOperationException()) { RefusedSequence = 42 }, CancellationToken.None);
        long? seen = null;
        committer.Then(() => seen = committer.StopsBefore);

        (await Should.ThrowAsync<LoadException>(committer.DrainAsync())).Message.ShouldBe("line 7: refused");
        seen.ShouldBe(42);
        committer.StopBefore(50);
        committer.StopsBefore.ShouldBe(42);
    }

    /// <summary>Queues a batch whose commit goes on until the returned source is set: it holds one room meanwhile.</summary>
    private static async Task<TaskCompletionSource> CommittingAsync(Committer committer)
    {
        var commit = new TaskCompletionSource();
        await committer.EnqueueBatchAsync(() => commit.Task, CancellationToken.None);
        return commit;
    }
}
