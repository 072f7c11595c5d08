namespace Zendesk.Simulator.Data;

internal sealed partial class Account
{
    /// <summary>Metric events that changes made after generation produced, in the order they happened.</summary>
    internal List<MutationMetricEvent> MetricMutations { get; } = [];

    /// <summary>The metric event an entry of <see cref="MetricEventIndex"/> refers to, with its id.</summary>
    internal MetricEventSpec MetricEventAt(uint local, out int ticket, out long id)
    {
        if ((local & MutationLocal) != 0)
        {
            var mutation = MetricMutations[(int)(local & ~MutationLocal)];
            ticket = mutation.Ticket;
            id = mutation.Id;
            return mutation.Spec;
        }

        ticket = (int)(local / Ids.MetricEventsPerTicket);
        Span<AuditSpec> audits = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var live = (Tickets.Flags[ticket] & TicketCodes.FlagCreatedLive) != 0;
        var count = TicketTimeline.Build(Shape, ticket, HeaderOf(ticket), live, audits);
        Span<MetricEventSpec> events = stackalloc MetricEventSpec[Ids.MetricEventsPerTicket];
        TicketMetrics.Events(audits[..count], events);
        var spec = events[(int)(local % Ids.MetricEventsPerTicket)];
        id = Ids.MetricEventId(ticket, spec.N);
        return spec;
    }

    /// <summary>Adds the metric events a new audit of a ticket produces to the export and the change log.</summary>
    private void RecordMetricEvents(int t, ReadOnlySpan<AuditSpec> earlier, in AuditSpec audit, DateTimeOffset at)
    {
        Span<MetricEventSpec> events = stackalloc MetricEventSpec[16];
        var count = TicketMetrics.Following(earlier, audit, events);
        for (var i = 0; i < count; i++)
        {
            var serial = MetricMutations.Count;
            var id = Ids.MutationMetricEvent + serial;
            MetricMutations.Add(new MutationMetricEvent(t, id, events[i]));
            MetricEventIndex.Append(events[i].Time, MutationLocal | (uint)serial);
            ChangeLog.Add("ticket_metric_events", id, "create", at);
        }
    }
}
