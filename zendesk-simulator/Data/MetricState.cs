namespace Zendesk.Simulator.Data;

/// <summary>Where a ticket's metrics stand after some of its audits: what has been fulfilled, and since when each is open.</summary>
internal struct MetricState(long created)
{
    public readonly long Created = created;
    public bool Replied;
    public int Instance = 1;
    public long WorkOpened = created;
    public long WaitOpened = created;

    public readonly long OpenedAt(byte metric) => metric switch
    {
        TicketMetrics.AgentWorkTime or TicketMetrics.ResolutionTime => WorkOpened,
        TicketMetrics.RequesterWaitTime => WaitOpened,
        _ => Created,
    };
}
