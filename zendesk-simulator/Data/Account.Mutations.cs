namespace Zendesk.Simulator.Data;

/// <summary>
/// Changes between syncs. Each is stamped with the simulated clock, bumps what Zendesk bumps, adds
/// to the export indexes and is recorded in the change log.
/// </summary>
internal sealed partial class Account
{
    public MutationResult UpdateTicket(long ticketId, TicketChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using (Write())
        {
            var t = LiveTicketIndex(ticketId);
            var store = Tickets;
            var changes = new List<FieldChange>();
            var overrides = store.OverridesFor(t);
            if (change.Subject is { } subject)
            {
                changes.Add(new FieldChange("subject", subject, overrides.Subject ?? TicketText.Subject(Shape.Seed, t)));
                overrides.Subject = subject;
            }

            if (change.Type is not null)
            {
                var type = TicketCodes.TypeCode(change.Type);
                changes.Add(new FieldChange("type", change.Type, TicketCodes.Types[store.Type[t]]));
                store.Type[t] = type;
            }

            if (change.Tags is { } tags)
            {
                var sorted = tags.Select(x => x.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                changes.Add(new FieldChange("tags", sorted, overrides.Tags ?? TicketText.Tags(Shape.Seed, t, store.Channel[t])));
                overrides.Tags = sorted;
            }

            foreach (var (fieldId, value) in change.CustomFields ?? new Dictionary<long, object?>())
            {
                var f = Fields.Ticket.ToList().FindIndex(d => d.Id == fieldId);
                Ensure(f >= 0, $"Ticket field {fieldId} does not exist.");
                var previous = overrides.CustomFields.TryGetValue(fieldId, out var old) ? old : TicketText.CustomFieldValue(Shape.Seed, t, f, store.Created[t]);
                changes.Add(new FieldChange(fieldId.ToString(System.Globalization.CultureInfo.InvariantCulture), value, previous));
                overrides.CustomFields[fieldId] = value;
            }

            Ensure(changes.Count <= 8, "A ticket update can change at most 8 fields besides status, priority and assignee.");
            var assignee = change.AssigneeId is { } assigneeId ? StaffIndex(assigneeId) : store.Assignee[t];
            var author = change.AuthorId is { } authorId ? UserIndexOf(authorId) : Math.Max(0, assignee);
            Ensure(author >= 0, $"User {change.AuthorId} does not exist.");
            var spec = NewSpec(t, change.Comment is null ? AuditKind.Update : AuditKind.Comment, author);
            spec.StatusAfter = change.Status is null ? spec.StatusBefore : TicketCodes.StatusCode(change.Status);
            spec.PriorityAfter = change.Priority is null ? spec.PriorityBefore : TicketCodes.PriorityCode(change.Priority);
            spec.AssigneeAfter = assignee;
            spec.GroupAfter = assignee != spec.AssigneeBefore && assignee >= 0 ? Users.DefaultGroup[assignee] : spec.GroupBefore;
            spec.Comment = change.Comment is null ? (byte)0 : change.PublicComment ? (byte)1 : (byte)2;
            store.Status[t] = spec.StatusAfter;
            store.Priority[t] = spec.PriorityAfter;
            store.Assignee[t] = spec.AssigneeAfter;
            store.Group[t] = spec.GroupAfter;
            return Record(t, spec, change.Comment, changes, "update");
        }
    }

    public MutationResult AddComment(long ticketId, string body, bool isPublic = true, long? authorId = null) =>
        UpdateTicket(ticketId, new TicketChange { Comment = body, PublicComment = isPublic, AuthorId = authorId });

    /// <summary>A background update (SLA recalculation, ticket sharing...): only generated_timestamp moves.</summary>
    public void SystemUpdateTicket(long ticketId)
    {
        using (Write())
        {
            var t = LiveTicketIndex(ticketId);
            var now = Clock.NowSeconds;
            Tickets.Generated[t] = now;
            TicketIndex.Append(now, (uint)t);
            ChangeLog.Add("tickets", ticketId, "system_update", Clock.Now);
        }
    }

    /// <summary>Deletes a ticket: exports then show it with status "deleted".</summary>
    public void DeleteTicket(long ticketId)
    {
        using (Write())
        {
            var t = LiveTicketIndex(ticketId);
            var now = Clock.NowSeconds;
            Tickets.Flags[t] |= TicketCodes.FlagDeleted;
            Tickets.Updated[t] = now;
            Tickets.Generated[t] = now;
            TicketIndex.Append(now, (uint)t);
            ChangeLog.Add("tickets", ticketId, "delete", Clock.Now);
        }
    }

    /// <summary>Creates <paramref name="count"/> tickets, all stamped with the current second.</summary>
    public IReadOnlyList<long> CreateTickets(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        using (Write())
        {
            var now = Clock.NowSeconds;
            var ids = new List<long>(count);
            Span<AuditSpec> audits = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
            Span<MetricEventSpec> metrics = stackalloc MetricEventSpec[Ids.MetricEventsPerTicket];
            for (var i = 0; i < count; i++)
            {
                var t = Tickets.Add();
                var header = TicketHeader.Derive(Shape, Users, t, now);
                TicketTimeline.Build(Shape, t, header, true, audits);
                var create = audits[0];
                Tickets.Created[t] = now;
                Tickets.Updated[t] = now;
                Tickets.Generated[t] = now;
                Tickets.Requester[t] = header.Requester;
                Tickets.Organization[t] = header.Organization;
                Tickets.Assignee[t] = create.AssigneeAfter;
                Tickets.Group[t] = create.GroupAfter;
                Tickets.Status[t] = create.StatusAfter;
                Tickets.Priority[t] = create.PriorityAfter;
                Tickets.Type[t] = header.Type;
                Tickets.Channel[t] = header.Channel;
                Tickets.Brand[t] = header.Brand;
                Tickets.Form[t] = header.Form;
                Tickets.Flags[t] = TicketCodes.FlagCreatedLive;
                Tickets.GeneratedAudits[t] = 1;
                TicketIndex.Append(now, (uint)t);
                EventIndex.Append(now, (uint)(t * Ids.AuditsPerTicket));
                var id = Ids.TicketId(t);
                ids.Add(id);
                var at = Clock.Now;
                ChangeLog.Add("tickets", id, "create", at);
                ChangeLog.Add("ticket_events", create.Id, "create", at);
                ChangeLog.Add("ticket_audits", create.Id, "create", at);
                ChangeLog.Add("ticket_comments", Ids.EventId(t, 0, 0), "create", at);
                ChangeLog.Add("ticket_metrics", Ids.MetricSet + t, "create", at);
                var m = TicketMetrics.Events(audits[..1], metrics);
                for (var e = 0; e < m; e++)
                {
                    MetricEventIndex.Append(now, (uint)((t * Ids.MetricEventsPerTicket) + e));
                    ChangeLog.Add("ticket_metric_events", Ids.MetricEventId(t, metrics[e].N), "create", at);
                }
            }

            return ids;
        }
    }

    public void UpdateUser(long userId, PersonChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using (Write())
        {
            var u = UserIndexOf(userId);
            Ensure(u >= 0, $"User {userId} does not exist.");
            var overrides = Users.OverridesFor(u);
            overrides.Name = change.Name ?? overrides.Name;
            overrides.Notes = change.Notes ?? overrides.Notes;
            overrides.Tags = change.Tags ?? overrides.Tags;
            foreach (var (key, value) in change.Fields ?? new Dictionary<string, object?>())
            {
                Ensure(Fields.User.Any(f => f.Key == key), $"User field '{key}' does not exist.");
                overrides.Fields[key] = value;
            }

            TouchUser(u, userId, "update");
        }
    }

    /// <summary>Deactivates (deletes) a user: exports then show it with active false.</summary>
    public void DeactivateUser(long userId)
    {
        using (Write())
        {
            var u = UserIndexOf(userId);
            Ensure(u > 0, $"User {userId} does not exist or is the account owner.");
            Users.Flags[u] = (byte)(Users.Flags[u] & ~UserStore.FlagActive);
            TouchUser(u, userId, "deactivate");
        }
    }

    public void UpdateOrganization(long organizationId, PersonChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using (Write())
        {
            var o = OrganizationIndexOf(organizationId);
            Ensure(o >= 0, $"Organization {organizationId} does not exist.");
            var overrides = Organizations.OverridesFor(o);
            if (change.Name is { } name)
            {
                Ensure(OrganizationByName(name) is var named && (named < 0 || named == o), $"Organization name '{name}' is taken.");
                SetOrganizationName(o, name);
            }

            overrides.Notes = change.Notes ?? overrides.Notes;
            overrides.Details = change.Details ?? overrides.Details;
            overrides.Tags = change.Tags ?? overrides.Tags;
            foreach (var (key, value) in change.Fields ?? new Dictionary<string, object?>())
            {
                Ensure(Fields.Organization.Any(f => f.Key == key), $"Organization field '{key}' does not exist.");
                overrides.Fields[key] = value;
            }

            TouchOrganization(o, organizationId, "update");
        }
    }

    /// <summary>The mutation log's current sequence number; pass it to <see cref="ChangesSince"/> later.</summary>
    public long ChangeSequence => ChangeLog.Sequence;

    public IReadOnlyList<ChangeRecord> ChangesSince(long sequence) => ChangeLog.Since(sequence);

    private void TouchUser(int u, long userId, string kind)
    {
        var now = Clock.NowSeconds;
        Users.Updated[u] = now;
        UserIndex.Append(now, (uint)u);
        ChangeLog.Add("users", userId, kind, Clock.Now);
    }

    private int LiveTicketIndex(long ticketId)
    {
        var t = TicketIndexOf(ticketId);
        Ensure(t >= 0 && !Tickets.IsDeleted(t), $"Ticket {ticketId} does not exist or is deleted.");
        return t;
    }

    private int StaffIndex(long userId)
    {
        var u = UserIndexOf(userId);
        Ensure(u >= 0 && u < Users.Agents, $"User {userId} is not an agent.");
        return u;
    }

    private AuditSpec NewSpec(int t, AuditKind kind, int author)
    {
        var serial = Mutations.Count;
        return new AuditSpec
        {
            Id = Ids.MutationAudit + serial,
            Time = Clock.NowSeconds,
            Kind = kind,
            Slot = -1,
            Serial = serial,
            Author = author,
            StatusBefore = Tickets.Status[t],
            PriorityBefore = Tickets.Priority[t],
            AssigneeBefore = Tickets.Assignee[t],
            GroupBefore = Tickets.Group[t],
            Channel = 0,
        };
    }

    private MutationResult Record(int t, AuditSpec spec, string? comment, List<FieldChange> changes, string kind)
    {
        var earlier = AuditsOf(t);
        var mutation = new MutationAudit { Ticket = t, Spec = spec, CommentBody = comment, Changes = changes };
        Mutations.Add(mutation);
        if (!Tickets.MutationAudits.TryGetValue(t, out var list))
        {
            list = [];
            Tickets.MutationAudits[t] = list;
        }

        list.Add(mutation);
        var now = spec.Time;
        Tickets.Updated[t] = now;
        Tickets.Generated[t] = now;
        TicketIndex.Append(now, (uint)t);
        EventIndex.Append(now, MutationLocal | (uint)spec.Serial);
        var ticketId = Ids.TicketId(t);
        var at = Clock.Now;
        ChangeLog.Add("tickets", ticketId, kind, at);
        ChangeLog.Add("ticket_events", spec.Id, "create", at);
        ChangeLog.Add("ticket_audits", spec.Id, "create", at);
        long? commentId = null;
        if (comment is not null)
        {
            commentId = mutation.EventId(0);
            ChangeLog.Add("ticket_comments", commentId.Value, "create", at);
        }

        // The metric set is derived from the audits, so every audit changes it.
        ChangeLog.Add("ticket_metrics", Ids.MetricSet + t, "update", at);
        RecordMetricEvents(t, earlier, spec, at);
        return new MutationResult(ticketId, spec.Id, commentId, at);
    }
}
