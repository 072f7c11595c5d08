using System.Runtime.ExceptionServices;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Runs batch commits one after another on a thread of their own, so that the engine loads one
/// batch while the next is being read and converted. The engine's connection is used by one job at
/// a time; anything else that needs it drains the queue first.
/// </summary>
/// <remarks>
/// <para>
/// At most a given number of batches are queued or committing at once: the reader waits for room
/// before it hands over another, so batches, and their memory, do not pile up behind a slow engine.
/// </para>
/// <para>
/// After a failure the run stops before a point in the input (<see cref="StopsBefore"/>): when the
/// engine refused one record, later jobs still run and commit only what came before that record, so
/// that nothing accepted before it is lost; after any other failure no later job runs.
/// </para>
/// </remarks>
/// <param name="maxBatches">The batches that may be queued or committing at once.</param>
internal sealed class Committer(int maxBatches) : IDisposable
{
    private readonly SemaphoreSlim _room = new(maxBatches, maxBatches);
    private readonly CommitThread _thread = new();
    private readonly int _maxBatches = maxBatches;
    private Task _tail = Task.CompletedTask;
    private int _roundRooms;
    private Exception? _failure;
    private long _stopsBefore = long.MaxValue;

    /// <summary>
    /// The sequence number of the first record that must not be committed: <see cref="long.MaxValue"/>
    /// while nothing has failed, <see cref="long.MinValue"/> once nothing more may be.
    /// </summary>
    public long StopsBefore => Interlocked.Read(ref _stopsBefore);

    /// <summary>Whether a job has failed.</summary>
    public bool HasFailed => Volatile.Read(ref _failure) is not null;

    /// <summary>Queues a batch commit once there is room for it.</summary>
    /// <returns>The commit, queued.</returns>
    public async Task<Task> EnqueueBatchAsync(Func<Task> job, CancellationToken cancellationToken)
    {
        if (_roundRooms > 0)
        {
            return Chain(job, rooms: 0);
        }

        await _room.WaitAsync(cancellationToken);
        return Chain(job, rooms: 1);
    }

    /// <summary>
    /// Waits for the room of a round of up to <paramref name="batches"/> batches: a room for each, and
    /// at most all of them. The batches queued until <see cref="EndRound"/> then go in without waiting,
    /// and the room is given back once the last of them is committed.
    /// </summary>
    public async Task BeginRoundAsync(int batches, CancellationToken cancellationToken)
    {
        var rooms = Math.Clamp(batches, 1, _maxBatches);
        for (var taken = 0; taken < rooms; taken++)
        {
            try
            {
                await _room.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (taken > 0)
            {
                _room.Release(taken);
                throw;
            }
        }

        _roundRooms = rooms;
    }

    /// <summary>Ends the round <see cref="BeginRoundAsync"/> began: its room comes back after its last commit.</summary>
    public void EndRound()
    {
        var rooms = _roundRooms;
        _roundRooms = 0;
        Chain(() => Task.CompletedTask, rooms);
    }

    /// <summary>Runs <paramref name="action"/> once every job queued so far has ended.</summary>
    public void Then(Action action) => Chain(
        () =>
        {
            action();
            return Task.CompletedTask;
        },
        rooms: 0);

    /// <summary>Nothing from the record numbered <paramref name="sequence"/> on is committed any more.</summary>
    public void StopBefore(long sequence)
    {
        var current = Interlocked.Read(ref _stopsBefore);
        while (sequence < current)
        {
            var seen = Interlocked.CompareExchange(ref _stopsBefore, sequence, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public void Dispose() => _thread.Dispose();

    /// <summary>Waits for every queued job; throws the first failure.</summary>
    public async Task DrainAsync()
    {
        await _tail;
        ThrowIfFailed();
    }

    /// <summary>Throws the first failure of a finished job, if there is one.</summary>
    public void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private void Fail(Exception e)
    {
        Interlocked.CompareExchange(ref _failure, e, null);
        StopBefore(e is LoadException { RefusedSequence: { } refused } ? refused : long.MinValue);
    }

    /// <param name="rooms">The rooms the job gives back when it has run.</param>
    private Task Chain(Func<Task> job, int rooms)
    {
        var previous = _tail;
        _tail = Task.Factory.StartNew(
            async () =>
            {
                try
                {
                    await previous;
                    if (StopsBefore != long.MinValue)
                    {
                        await job();
                    }
                }
                catch (Exception e)
                {
                    Fail(e);
                }
                finally
                {
                    // A failed or skipped commit frees its room too, so that the reader never waits for
                    // room that will not come; it learns of the failure from the queue.
                    if (rooms > 0)
                    {
                        _room.Release(rooms);
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.None,
            _thread).Unwrap();
        return _tail;
    }
}
