using System.Collections.Concurrent;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// One thread of its own for the engine's work, and the scheduler that runs tasks (and their
/// continuations) on it. The embedded engine's allocator keeps a cache per thread that calls it:
/// commits spread over the thread pool kept one on every pool thread, some tens of megabytes in all.
/// </summary>
internal sealed class CommitThread : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _tasks = [];
    private readonly Thread _thread;

    public CommitThread()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "commit" };
        _thread.Start();
    }

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Lets the thread run what is queued, then end.</summary>
    public void Dispose()
    {
        _tasks.CompleteAdding();
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
            _tasks.Dispose();
        }
    }

    protected override void QueueTask(Task task) => _tasks.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == _thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [.. _tasks];

    private void Run()
    {
        foreach (var task in _tasks.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
