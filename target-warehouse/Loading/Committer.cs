namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Runs batch commits one after another on a background thread, so that the engine loads one
/// batch while the next is being read and converted. The engine's connection is used by one job at
/// a time; anything else that needs it drains the queue first. The first failure fails every later job.
/// </summary>
internal sealed class Committer
{
    private Task _tail = Task.CompletedTask;

    public Task Enqueue(Func<Task> job)
    {
        var previous = _tail;
        _tail = Task.Run(async () =>
        {
            await previous;
            await job();
        });
        return _tail;
    }

    /// <summary>Runs <paramref name="action"/> once every job queued so far has succeeded.</summary>
    public void Then(Action action) => Enqueue(() =>
    {
        action();
        return Task.CompletedTask;
    });

    /// <summary>Waits for every queued job; throws the first failure.</summary>
    public Task DrainAsync() => _tail;

    /// <summary>Throws the first failure of a finished job, if there is one.</summary>
    public void ThrowIfFailed()
    {
        if (_tail.IsFaulted)
        {
            _tail.GetAwaiter().GetResult();
        }
    }
}
