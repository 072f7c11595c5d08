using System.Globalization;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Jobs;

/// <summary>
/// The account's background jobs by id. Ids are 32 hex digits, as Zendesk's, derived from the seed.
/// Jobs run one after another in the order they were queued, each taking <c>itemTime</c> per item
/// of work time (<see cref="WorkClock"/>), whoever polls: before any request is served the queue
/// runs the jobs whose time has come, so every reader sees their writes. At most
/// <see cref="MaxActive"/> jobs may be queued or working at once; a completed job stays readable but
/// no longer counts, so only jobs really waiting hold the limit.
/// </summary>
internal sealed class JobQueue(int seed, WorkClock clock, TimeSpan itemTime)
{
    /// <summary>Zendesk's job limit: queued plus working jobs per account.</summary>
    public const int MaxActive = 30;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Job> _jobs = new(StringComparer.Ordinal);

    // Jobs that ran before the simulator started, completed.
    private readonly List<Job> _history = [];

    // Jobs not yet completed, in queue order.
    private readonly Queue<Job> _pending = new();
    private TimeSpan _busyUntil;

    /// <summary>Jobs queued or working now.</summary>
    public int Active
    {
        get
        {
            lock (_gate)
            {
                RunDueLocked();
                return _pending.Count;
            }
        }
    }

    /// <summary>Queues a job; null when <paramref name="limited"/> and the queue already holds <see cref="MaxActive"/>.</summary>
    public Job? TryEnqueue(string type, int total, Func<IReadOnlyList<JobResult>> work, bool limited)
    {
        lock (_gate)
        {
            RunDueLocked();
            if (limited && _pending.Count >= MaxActive)
            {
                return null;
            }

            var prng = new Prng(seed, Salts.Job, _jobs.Count);
            var id = prng.Next().ToString("x16", CultureInfo.InvariantCulture) + prng.Next().ToString("x16", CultureInfo.InvariantCulture);
            var now = clock.Elapsed;
            var start = _busyUntil > now ? _busyUntil : now;
            _busyUntil = start + (itemTime * total);
            var job = new Job(id, type, total, start, _busyUntil, work);
            _jobs[id] = job;
            _pending.Enqueue(job);
            return job;
        }
    }

    /// <summary>The job with this id as it stands now, or null.</summary>
    public Job? Find(string id)
    {
        lock (_gate)
        {
            RunDueLocked();
            if (!_jobs.TryGetValue(id, out var job))
            {
                return _history.Find(h => h.Id == id);
            }

            job.Refresh(clock.Elapsed);
            return job;
        }
    }

    /// <summary>Every job as it stands now: those of the history, then the others in the order they were queued.</summary>
    public IReadOnlyList<Job> All()
    {
        lock (_gate)
        {
            RunDueLocked();
            var jobs = _jobs.Values.ToList();
            foreach (var job in jobs)
            {
                job.Refresh(clock.Elapsed);
            }

            return [.. _history, .. jobs];
        }
    }

    /// <summary>Adds a job that completed before the simulator started; its id does not shift the ids of jobs queued later.</summary>
    public Job AddHistory(string type, IReadOnlyList<JobResult> results, DateTimeOffset completedAt)
    {
        lock (_gate)
        {
            var prng = new Prng(seed, Salts.Job, -1 - _history.Count);
            var id = prng.Next().ToString("x16", CultureInfo.InvariantCulture) + prng.Next().ToString("x16", CultureInfo.InvariantCulture);
            var job = new Job(id, type, results.Count, TimeSpan.Zero, TimeSpan.Zero, () => results);
            job.Complete(completedAt);
            _history.Add(job);
            return job;
        }
    }

    /// <summary>Completes, in queue order, every job whose time has come.</summary>
    public void RunDue()
    {
        lock (_gate)
        {
            RunDueLocked();
        }
    }

    private void RunDueLocked()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var now = clock.Elapsed;
        while (_pending.TryPeek(out var job) && job.Done <= now)
        {
            job.Complete(clock.AccountNow);
            _pending.Dequeue();
        }
    }
}
