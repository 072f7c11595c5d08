using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The tickets' audits, with the comments and events in them, the metric events they cause and the
/// satisfaction ratings they lead to. Generated ones are not stored but rebuilt from the seed on
/// demand (<see cref="TicketTimeline"/>); those that changes made since are kept here. Callers hold a lock.
/// </summary>
internal sealed class AuditRecords(SimulatedClock clock, ChangeLog changes, AccountShape shape, TicketStore tickets, UserStore users)
{
    /// <summary>Marks index locals that refer to a change's audit or metric event rather than a generated slot.</summary>
    public const uint MutationLocal = 0x8000_0000;

    private readonly List<MutationAudit> _mutations = [];
    private readonly List<MutationMetricEvent> _metricMutations = [];

    /// <summary>Audits by time, for the ticket events export and list.</summary>
    public required TimeIndex EventIndex { get; init; }

    public required TimeIndex MetricEventIndex { get; init; }

    /// <summary>Tickets by the time of their generated rating.</summary>
    public required long[] RatingKeys { get; init; }

    internal TicketHeader HeaderOf(int ticket) =>
        TicketHeader.Derive(shape, users, ticket, tickets.Created[ticket]);

    /// <summary>Rebuilds the ticket's generated audits into <paramref name="buffer"/>; returns how many.</summary>
    internal int Build(int ticket, Span<AuditSpec> buffer) =>
        TicketTimeline.Build(shape, ticket, HeaderOf(ticket), IsCreatedLive(ticket), buffer);

    /// <summary>All audits of a ticket, generated then change-made, oldest first.</summary>
    internal AuditSpec[] Of(int ticket)
    {
        Span<AuditSpec> buffer = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var count = Math.Min(Build(ticket, buffer), tickets.GeneratedAudits[ticket]);
        tickets.MutationAudits.TryGetValue(ticket, out var extra);
        var all = new AuditSpec[count + (extra?.Count ?? 0)];
        buffer[..count].CopyTo(all);
        if (extra is not null)
        {
            for (var i = 0; i < extra.Count; i++)
            {
                all[count + i] = extra[i].Spec;
            }
        }

        return all;
    }

    internal RatingInfo? RatingOf(int ticket)
    {
        if (IsCreatedLive(ticket))
        {
            return null;
        }

        Span<AuditSpec> buffer = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var count = Build(ticket, buffer);
        return RatingInfo.Derive(shape.Seed, ticket, buffer[..count], shape.DataEnd);
    }

    internal MutationAudit? MutationOf(in AuditSpec audit) => audit.Serial >= 0 ? _mutations[audit.Serial] : null;

    /// <summary>The audit an entry of <see cref="EventIndex"/> refers to.</summary>
    internal AuditSpec At(uint local, out int ticket)
    {
        if ((local & MutationLocal) != 0)
        {
            var mutation = _mutations[(int)(local & ~MutationLocal)];
            ticket = mutation.Ticket;
            return mutation.Spec;
        }

        ticket = (int)(local / Ids.AuditsPerTicket);
        Span<AuditSpec> buffer = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        Build(ticket, buffer);
        return buffer[(int)(local % Ids.AuditsPerTicket)];
    }

    internal int TicketOf(uint local) =>
        (local & MutationLocal) != 0 ? _mutations[(int)(local & ~MutationLocal)].Ticket : (int)(local / Ids.AuditsPerTicket);

    /// <summary>The metric event an entry of <see cref="MetricEventIndex"/> refers to, with its id.</summary>
    internal MetricEventSpec MetricEventAt(uint local, out int ticket, out long id)
    {
        if ((local & MutationLocal) != 0)
        {
            var mutation = _metricMutations[(int)(local & ~MutationLocal)];
            ticket = mutation.Ticket;
            id = mutation.Id;
            return mutation.Spec;
        }

        ticket = (int)(local / Ids.MetricEventsPerTicket);
        Span<AuditSpec> audits = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var count = Build(ticket, audits);
        Span<MetricEventSpec> events = stackalloc MetricEventSpec[Ids.MetricEventsPerTicket];
        TicketMetrics.Events(audits[..count], events);
        var spec = events[(int)(local % Ids.MetricEventsPerTicket)];
        id = Ids.MetricEventId(ticket, spec.N);
        return spec;
    }

    /// <summary>The next change-made audit of a ticket, stamped now, with the ticket's state before it.</summary>
    internal AuditSpec NewSpec(int t, AuditKind kind, int author)
    {
        var serial = _mutations.Count;
        return new AuditSpec
        {
            Id = Ids.MutationAudit + serial,
            Time = clock.NowSeconds,
            Kind = kind,
            Slot = -1,
            Serial = serial,
            Author = author,
            StatusBefore = tickets.Status[t],
            PriorityBefore = tickets.Priority[t],
            AssigneeBefore = tickets.Assignee[t],
            GroupBefore = tickets.Group[t],
            Channel = 0,
        };
    }

    /// <summary>Keeps a change's audit of ticket <paramref name="t"/> and records what it makes new; returns its comment's id, if it has one.</summary>
    internal long? Add(int t, AuditSpec spec, string? comment, List<FieldChange> fieldChanges, DateTimeOffset at)
    {
        var earlier = Of(t);
        var mutation = new MutationAudit { Ticket = t, Spec = spec, CommentBody = comment, Changes = fieldChanges };
        _mutations.Add(mutation);
        if (!tickets.MutationAudits.TryGetValue(t, out var list))
        {
            list = [];
            tickets.MutationAudits[t] = list;
        }

        list.Add(mutation);
        EventIndex.Append(spec.Time, MutationLocal | (uint)spec.Serial);
        changes.Add("ticket_events", spec.Id, "create", at);
        changes.Add("ticket_audits", spec.Id, "create", at);
        long? commentId = null;
        if (comment is not null)
        {
            commentId = mutation.EventId(0);
            changes.Add("ticket_comments", commentId.Value, "create", at);
        }

        // The metric set is derived from the audits, so every audit changes it.
        changes.Add("ticket_metrics", Ids.MetricSet + t, "update", at);
        AddMetricEvents(t, earlier, spec, at);
        return commentId;
    }

    /// <summary>Indexes and records the create audit (<paramref name="created"/>, one audit) of a ticket made now.</summary>
    internal void AddCreated(int t, ReadOnlySpan<AuditSpec> created, long now, DateTimeOffset at)
    {
        EventIndex.Append(now, (uint)(t * Ids.AuditsPerTicket));
        changes.Add("ticket_events", created[0].Id, "create", at);
        changes.Add("ticket_audits", created[0].Id, "create", at);
        changes.Add("ticket_comments", Ids.EventId(t, 0, 0), "create", at);
        changes.Add("ticket_metrics", Ids.MetricSet + t, "create", at);
        Span<MetricEventSpec> metrics = stackalloc MetricEventSpec[Ids.MetricEventsPerTicket];
        var m = TicketMetrics.Events(created, metrics);
        for (var e = 0; e < m; e++)
        {
            MetricEventIndex.Append(now, (uint)((t * Ids.MetricEventsPerTicket) + e));
            changes.Add("ticket_metric_events", Ids.MetricEventId(t, metrics[e].N), "create", at);
        }
    }

    private bool IsCreatedLive(int ticket) => (tickets.Flags[ticket] & TicketCodes.FlagCreatedLive) != 0;

    /// <summary>Adds the metric events a new audit of a ticket causes to the export and the change log.</summary>
    private void AddMetricEvents(int t, ReadOnlySpan<AuditSpec> earlier, in AuditSpec audit, DateTimeOffset at)
    {
        Span<MetricEventSpec> events = stackalloc MetricEventSpec[16];
        var count = TicketMetrics.Following(earlier, audit, events);
        for (var i = 0; i < count; i++)
        {
            var serial = _metricMutations.Count;
            var id = Ids.MutationMetricEvent + serial;
            _metricMutations.Add(new MutationMetricEvent(t, id, events[i]));
            MetricEventIndex.Append(events[i].Time, MutationLocal | (uint)serial);
            changes.Add("ticket_metric_events", id, "create", at);
        }
    }
}
