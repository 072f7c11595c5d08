namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Runs batch commits one after another on a thread of their own, so that the engine loads one
/// batch while the next is being read and converted. The engine's connection is used by one job at
/// a time; anything else that needs it drains the queue first. The first failure fails every later job.
/// </summary>
/// <remarks>
/// At most a given number of batches are queued or committing at once: the reader waits for room
/// before it hands over another, so batches, and their memory, do not pile up behind a slow engine.
/// </remarks>
/// <param name="maxBatches">The batches that may be queued or committing at once.</param>
internal sealed class Committer(int maxBatches) : IDisposable
{
    private readonly SemaphoreSlim _room = new(maxBatches, maxBatches);
    private readonly CommitThread _thread = new();
    private Task _tail = Task.CompletedTask;

    /// <summary>Queues a batch commit once there is room for it.</summary>
    /// <returns>The commit, queued.</returns>
    public async Task<Task> EnqueueBatchAsync(Func<Task> job, CancellationToken cancellationToken)
    {
        await _room.WaitAsync(cancellationToken);
        return Chain(job, holdsRoom: true);
    }

    /// <summary>Runs <paramref name="action"/> once every job queued so far has succeeded.</summary>
    public void Then(Action action) => Chain(
        () =>
        {
            action();
            return Task.CompletedTask;
        },
        holdsRoom: false);

    public void Dispose() => _thread.Dispose();

    /// <summary>Waits for every queued job; throws the first failure.</summary>
    public Task DrainAsync() => _tail;

    /// <summary>Whether a queued job has failed: every job after it fails the same way.</summary>
    public bool HasFailed => _tail.IsFaulted;

    /// <summary>Throws the first failure of a finished job, if there is one.</summary>
    public void ThrowIfFailed()
    {
        if (_tail.IsFaulted)
        {
            _tail.GetAwaiter().GetResult();
        }
    }

    private Task Chain(Func<Task> job, bool holdsRoom)
    {
        var previous = _tail;
        _tail = Task.Factory.StartNew(
            async () =>
            {
                try
                {
                    await previous;
                    await job();
                }
                finally
                {
                    // A failed or skipped commit frees its room too, so that the reader never waits for
                    // room that will not come; it learns of the failure from the queue.
                    if (holdsRoom)
                    {
                        _room.Release();
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.None,
            _thread).Unwrap();
        return _tail;
    }
}
