namespace Zendesk.Simulator.Jobs;

/// <summary>The job_status states of zendesk-api.md §10, in the order a job goes through them.</summary>
internal enum JobState
{
    Queued,
    Working,
    Completed,
}
