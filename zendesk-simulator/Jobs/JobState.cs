namespace Zendesk.Simulator.Jobs;

/// <summary>The states of a Zendesk job_status, in the order a job goes through them.</summary>
internal enum JobState
{
    Queued,
    Working,
    Completed,
}
