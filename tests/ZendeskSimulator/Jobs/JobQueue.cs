using System.Globalization;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Jobs;

/// <summary>The account's background jobs by id. Ids are 32 hex digits, as Zendesk's, derived from the seed.</summary>
internal sealed class JobQueue(int seed, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Job> _jobs = new(StringComparer.Ordinal);

    public Job Enqueue(string type, int total, Func<IReadOnlyList<JobResult>> work)
    {
        lock (_gate)
        {
            var prng = new Prng(seed, Salts.Job, _jobs.Count);
            var id = prng.Next().ToString("x16", CultureInfo.InvariantCulture) + prng.Next().ToString("x16", CultureInfo.InvariantCulture);
            var job = new Job(id, type, total, work);
            _jobs[id] = job;
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

            job.Advance(clock);
            return job;
        }
    }
}
