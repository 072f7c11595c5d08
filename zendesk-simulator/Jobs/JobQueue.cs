using System.Globalization;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Jobs;

/// <summary>
/// The account's background jobs by id. Ids are 32 hex digits, as Zendesk's, derived from the seed.
/// At most <see cref="MaxActive"/> jobs may be queued or working at once; a
/// completed job stays readable but no longer counts, so only jobs really waiting hold the limit.
/// </summary>
internal sealed class JobQueue(int seed, TimeProvider clock)
{
    /// <summary>Zendesk's job limit: queued plus working jobs per account.</summary>
    public const int MaxActive = 30;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private int _active;

    /// <summary>Jobs queued or working now.</summary>
    public int Active
    {
        get
        {
            lock (_gate)
            {
                return _active;
            }
        }
    }

    /// <summary>Queues a job; null when <paramref name="limited"/> and the queue already holds <see cref="MaxActive"/>.</summary>
    public Job? TryEnqueue(string type, int total, Func<IReadOnlyList<JobResult>> work, bool limited)
    {
        lock (_gate)
        {
            if (limited && _active >= MaxActive)
            {
                return null;
            }

            var prng = new Prng(seed, Salts.Job, _jobs.Count);
            var id = prng.Next().ToString("x16", CultureInfo.InvariantCulture) + prng.Next().ToString("x16", CultureInfo.InvariantCulture);
            var job = new Job(id, type, total, work);
            _jobs[id] = job;
            _active++;
            return job;
        }
    }

    /// <summary>The job with this id, moved one state on (a poll), or null.</summary>
    public Job? Poll(string id)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(id, out var job))
            {
                return null;
            }

            var wasActive = job.State != JobState.Completed;
            job.Advance(clock);
            if (wasActive && job.State == JobState.Completed)
            {
                _active--;
            }

            return job;
        }
    }
}
