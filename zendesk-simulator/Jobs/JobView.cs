namespace Zendesk.Simulator.Jobs;

/// <summary>What a job status shows at one moment; a job swaps in a new one whole, so an answer never mixes two moments.</summary>
internal sealed record JobView(JobState State, int? Progress, string? Message, IReadOnlyList<JobResult>? Results)
{
    public static readonly JobView Queued = new(JobState.Queued, null, null, null);
}
