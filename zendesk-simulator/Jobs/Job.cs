namespace Zendesk.Simulator.Jobs;

/// <summary>
/// A background job. The queue gives it its working span in work time when it is queued: it is
/// queued until <see cref="Start"/> (the end of the job before it), working until <see cref="Done"/>
/// (a time per item later), then completed once the queue has run its work. The work runs at
/// completion, so it sees the account as it is then.
/// </summary>
internal sealed class Job(string id, string type, int total, TimeSpan start, TimeSpan done, Func<IReadOnlyList<JobResult>> work)
{
    public string Id { get; } = id;

    public string Type { get; } = type;

    public int Total { get; } = total;

    public TimeSpan Start { get; } = start;

    public TimeSpan Done { get; } = done;

    public JobView View { get; private set; } = JobView.Queued;

    public bool IsCompleted => View.State == JobState.Completed;

    /// <summary>Shows the job as it stands at work time <paramref name="now"/>, short of completing it; the queue serializes calls.</summary>
    public void Refresh(TimeSpan now)
    {
        if (IsCompleted || now < Start)
        {
            return;
        }

        // Items are done one after another through the span; the last one completes the job.
        var span = Done - Start;
        var progress = span <= TimeSpan.Zero ? Total : (int)(Total * ((now - Start) / span));
        View = new JobView(JobState.Working, Math.Clamp(progress, 0, Math.Max(0, Total - 1)), null, null);
    }

    /// <summary>Runs the work and completes the job, stamped with the account's time; the queue serializes calls.</summary>
    public void Complete(DateTimeOffset accountNow)
    {
        var results = work();
        View = new JobView(JobState.Completed, Total, $"Completed at {accountNow.UtcDateTime:yyyy-MM-dd HH:mm:ss} +0000", results);
    }
}
