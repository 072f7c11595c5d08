namespace Zendesk.Simulator.Jobs;

/// <summary>
/// A background job: queued when it is created, working after the first poll, completed (its work
/// done, stamped with the simulated clock) after the second. Progress follows polls rather than
/// time so that tests see every state, deterministically.
/// </summary>
internal sealed class Job(string id, string type, int total, Func<IReadOnlyList<JobResult>> work)
{
    public string Id { get; } = id;

    public string Type { get; } = type;

    public int Total { get; } = total;

    public JobState State { get; private set; } = JobState.Queued;

    public int? Progress { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<JobResult>? Results { get; private set; }

    /// <summary>Moves the job one state on; the caller serializes polls.</summary>
    public void Advance(TimeProvider clock)
    {
        switch (State)
        {
            case JobState.Queued:
                State = JobState.Working;
                Progress = 0;
                break;
            case JobState.Working:
                Results = work();
                State = JobState.Completed;
                Progress = Total;
                Message = $"Completed at {clock.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm:ss} +0000";
                break;
            default:
                break;
        }
    }
}
