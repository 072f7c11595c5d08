namespace Zendesk.Simulator.Data;

/// <summary>Ticket metric events and the metric set, both derived from a ticket's audits.</summary>
internal static class TicketMetrics
{
    public const byte AgentWorkTime = 0;
    public const byte ReplyTime = 3;
    public const byte RequesterWaitTime = 4;
    public const byte ResolutionTime = 5;

    public const byte Activate = 0;
    public const byte Pause = 1;
    public const byte Fulfill = 2;
    public const byte ApplySla = 3;
    public const byte UpdateStatus = 6;

    public static readonly string[] MetricNames =
        ["agent_work_time", "pausable_update_time", "periodic_update_time", "reply_time", "requester_wait_time", "resolution_time", "group_ownership_time"];

    public static readonly string[] TypeNames = ["activate", "pause", "fulfill", "apply_sla", "apply_group_sla", "breach", "update_status", "measure"];

    public static int Events(ReadOnlySpan<AuditSpec> audits, Span<MetricEventSpec> into)
    {
        var n = 0;
        var created = audits[0].Time;
        Add(into, ref n, created, ReplyTime, Activate, 1, false);
        Add(into, ref n, created, RequesterWaitTime, Activate, 1, false);
        Add(into, ref n, created, AgentWorkTime, Activate, 1, false);
        Add(into, ref n, created, ResolutionTime, Activate, 1, false);
        if (audits[0].PriorityAfter >= 3)
        {
            Add(into, ref n, created, ReplyTime, ApplySla, 1, true);
        }

        var state = new MetricState(created);
        for (var i = 1; i < audits.Length; i++)
        {
            Step(audits[0].Author, ref state, audits[i], into, ref n);
        }

        return n;
    }

    /// <summary>
    /// The events an audit added after <paramref name="earlier"/> (the ticket's audits so far)
    /// produces: those a generated history would hold for it, and an update_status after each
    /// fulfil carrying the minutes the metric was open.
    /// </summary>
    public static int Following(ReadOnlySpan<AuditSpec> earlier, in AuditSpec audit, Span<MetricEventSpec> into)
    {
        var state = new MetricState(earlier[0].Time);
        var ignored = 0;
        for (var i = 1; i < earlier.Length; i++)
        {
            Step(earlier[0].Author, ref state, earlier[i], [], ref ignored);
        }

        var opened = state;
        var n = 0;
        Step(earlier[0].Author, ref state, audit, into, ref n);
        var fulfilled = n;
        for (var i = 0; i < fulfilled; i++)
        {
            var e = into[i];
            if (e.Type == Fulfill)
            {
                var minutes = (e.Time - opened.OpenedAt(e.Metric)) / 60;
                Add(into, ref n, e.Time, e.Metric, UpdateStatus, e.Instance, false, minutes);
            }
        }

        return n;
    }

    // One audit's effect on the metrics, the same for generated histories and later changes.
    private static void Step(int requester, ref MetricState state, in AuditSpec audit, Span<MetricEventSpec> into, ref int n)
    {
        if (!state.Replied && audit.PublicComment && audit.Author != requester && audit.Author >= 0)
        {
            state.Replied = true;
            Add(into, ref n, audit.Time, ReplyTime, Fulfill, 1, false);
        }

        if (audit.StatusAfter == TicketCodes.Pending && audit.StatusBefore != TicketCodes.Pending)
        {
            Add(into, ref n, audit.Time, RequesterWaitTime, Pause, state.Instance, false);
        }

        if (audit.StatusBefore == TicketCodes.Pending && audit.StatusAfter == TicketCodes.Open)
        {
            state.WaitOpened = audit.Time;
            Add(into, ref n, audit.Time, RequesterWaitTime, Activate, state.Instance, false);
        }

        if (audit.StatusAfter == TicketCodes.Solved && audit.StatusBefore != TicketCodes.Solved)
        {
            Add(into, ref n, audit.Time, AgentWorkTime, Fulfill, state.Instance, false);
            Add(into, ref n, audit.Time, RequesterWaitTime, Fulfill, state.Instance, false);
            Add(into, ref n, audit.Time, ResolutionTime, Fulfill, state.Instance, false);
        }

        if (audit.StatusBefore == TicketCodes.Solved && audit.StatusAfter == TicketCodes.Open)
        {
            state.Instance++;
            state.WorkOpened = audit.Time;
            Add(into, ref n, audit.Time, AgentWorkTime, Activate, state.Instance, false);
            Add(into, ref n, audit.Time, ResolutionTime, Activate, state.Instance, false);
        }
    }

    public static MetricSetValues MetricSet(ReadOnlySpan<AuditSpec> audits)
    {
        var created = audits[0].Time;
        var requester = audits[0].Author;
        var values = new MetricSetValues { Created = created, Updated = audits[^1].Time };
        long? firstReply = null;
        long? firstSolve = null;
        long pendingSince = -1;
        long holdSince = -1;
        var openSince = created;
        long requesterWait = 0;
        long agentWait = 0;
        long onHold = 0;
        byte status = audits[0].StatusAfter;
        var assignee = audits[0].AssigneeAfter;
        var group = audits[0].GroupAfter;
        if (assignee >= 0)
        {
            values.InitiallyAssigned = created;
            values.Assigned = created;
            values.AssigneeStations = 1;
        }

        if (group >= 0)
        {
            values.GroupStations = 1;
        }

        values.StatusUpdated = created;
        values.RequesterUpdated = created;
        values.LatestComment = created;
        for (var i = 1; i < audits.Length; i++)
        {
            ref readonly var audit = ref audits[i];
            if (audit.AssigneeAfter != assignee)
            {
                assignee = audit.AssigneeAfter;
                values.InitiallyAssigned ??= audit.Time;
                values.Assigned = audit.Time;
                values.AssigneeStations++;
            }

            if (audit.GroupAfter != group)
            {
                group = audit.GroupAfter;
                values.GroupStations++;
            }

            if (audit.Author == requester)
            {
                values.RequesterUpdated = audit.Time;
            }
            else if (audit.Author >= 0 && audit.Author == assignee)
            {
                values.AssigneeUpdated = audit.Time;
            }

            if (audit.HasComment)
            {
                values.LatestComment = audit.Time;
            }

            if (audit.PublicComment && audit.Author != requester && audit.Author >= 0)
            {
                values.Replies++;
                firstReply ??= audit.Time;
            }

            if (audit.StatusAfter != status)
            {
                values.StatusUpdated = audit.Time;
                if (status == TicketCodes.Pending)
                {
                    agentWait += audit.Time - pendingSince;
                }

                if (status == TicketCodes.Hold)
                {
                    onHold += audit.Time - holdSince;
                }

                if (status is TicketCodes.New or TicketCodes.Open or TicketCodes.Hold)
                {
                    requesterWait += audit.Time - openSince;
                }

                if (status == TicketCodes.Solved && audit.StatusAfter == TicketCodes.Open)
                {
                    values.Reopens++;
                }

                status = audit.StatusAfter;
                pendingSince = audit.Time;
                holdSince = audit.Time;
                openSince = audit.Time;
                if (status == TicketCodes.Solved)
                {
                    firstSolve ??= audit.Time;
                    values.Solved = audit.Time;
                }
            }
        }

        if (status is not (TicketCodes.Solved or TicketCodes.Closed))
        {
            values.Solved = null;
        }

        values.ReplyMinutes = firstReply is { } reply ? (reply - created) / 60 : null;
        values.FirstResolutionMinutes = firstSolve is { } first ? (first - created) / 60 : null;
        values.FullResolutionMinutes = values.Solved is { } solved ? (solved - created) / 60 : null;
        values.AgentWaitMinutes = agentWait / 60;
        values.RequesterWaitMinutes = requesterWait / 60;
        values.OnHoldMinutes = onHold / 60;
        return values;
    }

    private static void Add(Span<MetricEventSpec> into, ref int n, long time, byte metric, byte type, int instance, bool sla, long minutes = 0)
    {
        if (n < into.Length)
        {
            into[n] = new MetricEventSpec(n, time, metric, type, instance, sla, minutes);
            n++;
        }
    }
}
