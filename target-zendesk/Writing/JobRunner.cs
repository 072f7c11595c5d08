using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// Runs bulk writes as Zendesk's background jobs: never more than the allowed number queued or working
/// at once, all of them polled together through <c>job_statuses/show_many</c> until each ends. While
/// jobs wait to be sent, polls go out no more often than <see cref="PollInterval"/>, so that a poll
/// finds many jobs done and nearly all of the budget goes to the writes; once every job is sent, polls
/// come four times as often until the last job ends, and less often while nothing finishes.
/// </summary>
internal sealed class JobRunner(ZendeskClient client, int maxJobs, TimeProvider time)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(2);

    /// <summary>Status polls sent so far.</summary>
    public long Polls { get; private set; }

    /// <summary>Jobs queued so far.</summary>
    public long Jobs { get; private set; }

    /// <summary>
    /// The time the core budget takes to send half the jobs allowed in flight: polls that often find
    /// about that many done, cost a small share of the budget, and free slots as fast as it refills
    /// them. It is read from the budget each time, so an <c>auto</c> budget counts at the limit it
    /// adopts from Zendesk's answers; without budgets, polls are spaced by time alone.
    /// </summary>
    public TimeSpan PollInterval => client.Budgets.Core.Limit is var limit && limit != SlidingWindowLimiter.Unlimited
        ? TimeSpan.FromMinutes(Math.Max(1, maxJobs / 2) / (double)limit)
        : FirstWait;

    /// <summary>POSTs each body to <paramref name="path"/> as one job and returns each job's result, in the order of the bodies.</summary>
    public async Task<JobResult[]> RunAsync(string path, IReadOnlyList<byte[]> bodies, CancellationToken ct)
    {
        var results = new JobResult[bodies.Count];
        var running = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        var wait = DrainWait(PollInterval);
        var lastPoll = time.GetTimestamp();
        while (next < bodies.Count || running.Count > 0)
        {
            var pollInterval = PollInterval;
            var free = Math.Min(maxJobs - running.Count, bodies.Count - next);
            if (free > 0)
            {
                var ids = await Task.WhenAll(Enumerable.Range(next, free).Select(i => StartAsync(path, bodies[i], ct)));
                for (var i = 0; i < ids.Length; i++)
                {
                    running[ids[i]] = next + i;
                }

                next += free;
                Jobs += free;
            }

            var due = (next < bodies.Count ? pollInterval : wait) - time.GetElapsedTime(lastPoll);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, time, ct);
            }

            lastPoll = time.GetTimestamp();
            var finished = await PollAsync(running.Keys, ct);
            foreach (var job in finished)
            {
                results[running[job.Id]] = job;
                running.Remove(job.Id);
            }

            wait = finished.Count > 0 ? DrainWait(pollInterval) : (wait * 2 > LongestWait ? LongestWait : wait * 2);
        }

        return results;
    }

    private static TimeSpan DrainWait(TimeSpan pollInterval) => pollInterval / 4 < FirstWait ? FirstWait : pollInterval / 4;

    private async Task<string> StartAsync(string path, byte[] body, CancellationToken ct)
    {
        // Sending the same upserts twice leaves the account as sending them once.
        using var reply = await client.SendAsync(ZendeskWrite.Post(path, body, WriteSafety.Idempotent), RequestBudget.Core, ct);
        if (!reply.Succeeded || reply.Document?.RootElement.TryGetProperty("job_status", out var status) != true || status.GetProperty("id").GetString() is not { } id)
        {
            throw new ZendeskException($"Zendesk refused the job {path} (HTTP {reply.StatusCode}): {reply.ErrorText ?? "no job status in the answer"}", path, reply.StatusCode, reply.ErrorText);
        }

        return id;
    }

    private async Task<List<JobResult>> PollAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var finished = new List<JobResult>();
        var list = ids.ToList();
        if (list.Count == 0)
        {
            return finished;
        }

        Polls++;
        using var document = await client.GetJsonAsync($"/api/v2/job_statuses/show_many?ids={string.Join(',', list)}", RequestBudget.Core, ct);
        foreach (var job in document.RootElement.GetProperty("job_statuses").EnumerateArray())
        {
            var status = job.GetProperty("status").GetString() ?? "queued";
            if (status is "queued" or "working")
            {
                continue;
            }

            var id = job.GetProperty("id").ValueKind == JsonValueKind.Number
                ? job.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)
                : job.GetProperty("id").GetString()!;
            var items = job.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
                ? results.EnumerateArray().Select(r => r.Clone()).ToList()
                : [];
            var message = job.TryGetProperty("message", out var said) && said.ValueKind == JsonValueKind.String ? said.GetString() : null;
            finished.Add(new JobResult(id, status, message, items));
        }

        return finished;
    }
}
