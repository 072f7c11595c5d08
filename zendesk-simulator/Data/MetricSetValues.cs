namespace Zendesk.Simulator.Data;

/// <summary>The values of one ticket's metric set; durations in minutes, null where not reached yet. A struct: one is computed for every exported ticket.</summary>
internal struct MetricSetValues
{
    public long Created { get; set; }

    public long Updated { get; set; }

    public int GroupStations { get; set; }

    public int AssigneeStations { get; set; }

    public int Reopens { get; set; }

    public int Replies { get; set; }

    public long? AssigneeUpdated { get; set; }

    public long? RequesterUpdated { get; set; }

    public long? StatusUpdated { get; set; }

    public long? InitiallyAssigned { get; set; }

    public long? Assigned { get; set; }

    public long? Solved { get; set; }

    public long? LatestComment { get; set; }

    public long? ReplyMinutes { get; set; }

    public long? FirstResolutionMinutes { get; set; }

    public long? FullResolutionMinutes { get; set; }

    public long AgentWaitMinutes { get; set; }

    public long RequesterWaitMinutes { get; set; }

    public long OnHoldMinutes { get; set; }
}
