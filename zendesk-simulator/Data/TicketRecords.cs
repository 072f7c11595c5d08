using System.Globalization;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The account's tickets: their store, the export index by generated_timestamp, what their generated
/// histories yield besides audits (skips, agent activity, tag counts), and the changes made to them
/// between syncs. Each change is stamped with the clock, bumps what Zendesk bumps, adds to the export
/// indexes and is recorded in the change log; its audit is kept by <see cref="AuditRecords"/>.
/// </summary>
internal sealed class TicketRecords(AccountLock gate, SimulatedClock clock, ChangeLog changes, AccountShape shape, UserStore users, AuditRecords audits)
{
    public required TicketStore Store { get; init; }

    /// <summary>Tickets by generated_timestamp, for the tickets exports.</summary>
    public required TimeIndex Index { get; init; }

    public required SkipStore Skips { get; init; }

    public required IReadOnlyList<ActivitySpec> Activities { get; init; }

    public required IReadOnlyList<(string Name, int Count)> Tags { get; init; }

    /// <summary>Closed tickets untouched for 120 days are archived: gone from some list endpoints, still exported.</summary>
    internal bool IsArchived(int ticket) =>
        Store.Status[ticket] == TicketCodes.Closed && Store.Updated[ticket] < clock.NowSeconds - (120 * 86400L);

    public MutationResult Update(long ticketId, TicketChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using (gate.Write())
        {
            var t = LiveIndex(ticketId);
            var store = Store;
            var fieldChanges = new List<FieldChange>();
            var overrides = store.OverridesFor(t);
            if (change.Subject is { } subject)
            {
                fieldChanges.Add(new FieldChange("subject", subject, overrides.Subject ?? TicketText.Subject(shape.Seed, t)));
                overrides.Subject = subject;
            }

            if (change.Type is not null)
            {
                var type = TicketCodes.TypeCode(change.Type);
                fieldChanges.Add(new FieldChange("type", change.Type, TicketCodes.Types[store.Type[t]]));
                store.Type[t] = type;
            }

            if (change.Tags is { } tags)
            {
                var sorted = tags.Select(x => x.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                fieldChanges.Add(new FieldChange("tags", sorted, overrides.Tags ?? TicketText.Tags(shape.Seed, t, store.Channel[t])));
                overrides.Tags = sorted;
            }

            foreach (var (fieldId, value) in change.CustomFields ?? new Dictionary<long, object?>())
            {
                var f = Fields.Ticket.ToList().FindIndex(d => d.Id == fieldId);
                Account.Ensure(f >= 0, $"Ticket field {fieldId} does not exist.");
                var previous = overrides.CustomFields.TryGetValue(fieldId, out var old) ? old : TicketText.CustomFieldValue(shape.Seed, t, f, store.Created[t]);
                fieldChanges.Add(new FieldChange(fieldId.ToString(CultureInfo.InvariantCulture), value, previous));
                overrides.CustomFields[fieldId] = value;
            }

            Account.Ensure(fieldChanges.Count <= 8, "A ticket update can change at most 8 fields besides status, priority and assignee.");
            var assignee = change.AssigneeId is { } assigneeId ? StaffIndex(assigneeId) : store.Assignee[t];
            var author = change.AuthorId is { } authorId ? users.IndexOf(authorId) : Math.Max(0, assignee);
            Account.Ensure(author >= 0, $"User {change.AuthorId} does not exist.");
            var spec = audits.NewSpec(t, change.Comment is null ? AuditKind.Update : AuditKind.Comment, author);
            spec.StatusAfter = change.Status is null ? spec.StatusBefore : TicketCodes.StatusCode(change.Status);
            spec.PriorityAfter = change.Priority is null ? spec.PriorityBefore : TicketCodes.PriorityCode(change.Priority);
            spec.AssigneeAfter = assignee;
            spec.GroupAfter = assignee != spec.AssigneeBefore && assignee >= 0 ? users.DefaultGroup[assignee] : spec.GroupBefore;
            spec.Comment = change.Comment is null ? (byte)0 : change.PublicComment ? (byte)1 : (byte)2;
            store.Status[t] = spec.StatusAfter;
            store.Priority[t] = spec.PriorityAfter;
            store.Assignee[t] = spec.AssigneeAfter;
            store.Group[t] = spec.GroupAfter;
            return Record(t, spec, change.Comment, fieldChanges, "update");
        }
    }

    public MutationResult AddComment(long ticketId, string body, bool isPublic = true, long? authorId = null) =>
        Update(ticketId, new TicketChange { Comment = body, PublicComment = isPublic, AuthorId = authorId });

    /// <summary>A background update (SLA recalculation, ticket sharing...): only generated_timestamp moves.</summary>
    public void SystemUpdate(long ticketId)
    {
        using (gate.Write())
        {
            var t = LiveIndex(ticketId);
            var now = clock.NowSeconds;
            Store.Generated[t] = now;
            Index.Append(now, (uint)t);
            changes.Add("tickets", ticketId, "system_update", clock.Now);
        }
    }

    /// <summary>Deletes a ticket: exports then show it with status "deleted".</summary>
    public void Delete(long ticketId)
    {
        using (gate.Write())
        {
            var t = LiveIndex(ticketId);
            var now = clock.NowSeconds;
            Store.Flags[t] |= TicketCodes.FlagDeleted;
            Store.Updated[t] = now;
            Store.Generated[t] = now;
            Index.Append(now, (uint)t);
            changes.Add("tickets", ticketId, "delete", clock.Now);
        }
    }

    /// <summary>Creates <paramref name="count"/> tickets, all stamped with the current second.</summary>
    public IReadOnlyList<long> Create(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        using (gate.Write())
        {
            var now = clock.NowSeconds;
            var ids = new List<long>(count);
            Span<AuditSpec> timeline = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
            for (var i = 0; i < count; i++)
            {
                var t = Store.Add();
                var header = TicketHeader.Derive(shape, users, t, now);
                TicketTimeline.Build(shape, t, header, true, timeline);
                var create = timeline[0];
                Store.Created[t] = now;
                Store.Updated[t] = now;
                Store.Generated[t] = now;
                Store.Requester[t] = header.Requester;
                Store.Organization[t] = header.Organization;
                Store.Assignee[t] = create.AssigneeAfter;
                Store.Group[t] = create.GroupAfter;
                Store.Status[t] = create.StatusAfter;
                Store.Priority[t] = create.PriorityAfter;
                Store.Type[t] = header.Type;
                Store.Channel[t] = header.Channel;
                Store.Brand[t] = header.Brand;
                Store.Form[t] = header.Form;
                Store.Flags[t] = TicketCodes.FlagCreatedLive;
                Store.GeneratedAudits[t] = 1;
                Index.Append(now, (uint)t);
                var id = Ids.TicketId(t);
                ids.Add(id);
                var at = clock.Now;
                changes.Add("tickets", id, "create", at);
                audits.AddCreated(t, timeline[..1], now, at);
            }

            return ids;
        }
    }

    /// <summary>
    /// Takes organization <paramref name="o"/> off the working tickets user <paramref name="u"/> requested, as
    /// Zendesk's follow-up job does when the user leaves it (organization_id set to null by a system
    /// update). Callers hold the write lock.
    /// </summary>
    internal void UnassignWorking(int u, int o)
    {
        var store = Store;
        for (var t = 0; t < store.Count; t++)
        {
            if (store.Requester[t] != u || store.Organization[t] != o || store.Status[t] >= TicketCodes.Solved || store.IsDeleted(t))
            {
                continue;
            }

            store.Organization[t] = -1;
            var spec = audits.NewSpec(t, AuditKind.Update, author: -1);
            spec.StatusAfter = spec.StatusBefore;
            spec.PriorityAfter = spec.PriorityBefore;
            spec.AssigneeAfter = spec.AssigneeBefore;
            spec.GroupAfter = spec.GroupBefore;
            var previous = Ids.OrganizationId(o).ToString(CultureInfo.InvariantCulture);
            Record(t, spec, null, [new FieldChange("organization_id", null, previous)], "update");
        }
    }

    private int LiveIndex(long ticketId)
    {
        var t = Store.IndexOf(ticketId);
        Account.Ensure(t >= 0 && !Store.IsDeleted(t), $"Ticket {ticketId} does not exist or is deleted.");
        return t;
    }

    private int StaffIndex(long userId)
    {
        var u = users.IndexOf(userId);
        Account.Ensure(u >= 0 && u < users.Agents, $"User {userId} is not an agent.");
        return u;
    }

    private MutationResult Record(int t, AuditSpec spec, string? comment, List<FieldChange> fieldChanges, string kind)
    {
        var now = spec.Time;
        Store.Updated[t] = now;
        Store.Generated[t] = now;
        Index.Append(now, (uint)t);
        var ticketId = Ids.TicketId(t);
        var at = clock.Now;
        changes.Add("tickets", ticketId, kind, at);
        var commentId = audits.Add(t, spec, comment, fieldChanges, at);
        return new MutationResult(ticketId, spec.Id, commentId, at);
    }
}
