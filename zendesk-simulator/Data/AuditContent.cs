namespace Zendesk.Simulator.Data;

/// <summary>Expands an <see cref="AuditSpec"/> into its comment and field events, as every audit-shaped endpoint shows them.</summary>
internal static class AuditContent
{
    public static CommentContent? Comment(Account account, int t, in AuditSpec audit)
    {
        if (!audit.HasComment)
        {
            return null;
        }

        var mutation = account.Audits.MutationOf(audit);
        var id = mutation?.EventId(0) ?? Ids.EventId(t, audit.Slot, 0);
        var requester = account.Tickets.Store.Requester[t];
        var body = mutation?.CommentBody
            ?? TicketText.CommentBody(account.Shape.Seed, t, audit, account.Users.FirstName(requester), account.Users.FirstName(audit.Author));
        var attachments = new List<AttachmentContent>(audit.Attachments);
        for (var a = 0; a < audit.Attachments; a++)
        {
            var attachmentId = mutation?.AttachmentId(a) ?? Ids.AttachmentId(t, audit.Slot, a);
            var kind = (int)(Prng.Mix((ulong)attachmentId) % (ulong)Words.FileNames.Length);
            var image = Words.ContentTypes[kind].StartsWith("image/", StringComparison.Ordinal);
            attachments.Add(new AttachmentContent(
                attachmentId,
                Words.FileNames[kind],
                Words.ContentTypes[kind],
                1024 + (long)(Prng.Mix((ulong)attachmentId + 1) % 2_000_000),
                image ? 1280 : null,
                image ? 720 : null));
        }

        return new CommentContent(id, audit.Id, audit.Author, body, audit.PublicComment, audit.Time, audit.Channel, attachments);
    }

    public static List<AuditEvent> Events(Account account, int t, in AuditSpec audit)
    {
        var mutation = account.Audits.MutationOf(audit);
        var events = new List<AuditEvent>();
        var n = 1;
        var slot = audit.Slot;
        long NextId() => mutation?.EventId(n++) ?? Ids.EventId(t, slot, n++);
        if (audit.Kind == AuditKind.Create)
        {
            var store = account.Tickets.Store;
            events.Add(new AuditEvent(NextId(), "Create", "subject", TicketText.Subject(account.Shape.Seed, t), null));
            events.Add(new AuditEvent(NextId(), "Create", "requester_id", Ids.UserId(store.Requester[t]).ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            events.Add(new AuditEvent(NextId(), "Create", "status", TicketCodes.Statuses[audit.StatusAfter], null));
            events.Add(new AuditEvent(NextId(), "Create", "priority", TicketCodes.Priorities[audit.PriorityAfter], null));
            events.Add(new AuditEvent(NextId(), "Create", "type", TicketCodes.Types[store.Type[t]], null));
            events.Add(new AuditEvent(NextId(), "Create", "tags", TicketText.Tags(account.Shape.Seed, t, store.Channel[t]), null));
            if (audit.GroupAfter >= 0)
            {
                events.Add(new AuditEvent(NextId(), "Create", "group_id", Id(Ids.GroupId(audit.GroupAfter)), null));
            }

            if (audit.AssigneeAfter >= 0)
            {
                events.Add(new AuditEvent(NextId(), "Create", "assignee_id", Id(Ids.UserId(audit.AssigneeAfter)), null));
            }

            return events;
        }

        if (audit.StatusAfter != audit.StatusBefore)
        {
            events.Add(new AuditEvent(NextId(), "Change", "status", TicketCodes.Statuses[audit.StatusAfter], TicketCodes.Statuses[audit.StatusBefore]));
        }

        if (audit.PriorityAfter != audit.PriorityBefore)
        {
            events.Add(new AuditEvent(NextId(), "Change", "priority", TicketCodes.Priorities[audit.PriorityAfter], TicketCodes.Priorities[audit.PriorityBefore]));
        }

        if (audit.AssigneeAfter != audit.AssigneeBefore)
        {
            events.Add(new AuditEvent(NextId(), "Change", "assignee_id", IdOrNull(audit.AssigneeAfter, Ids.UserId), IdOrNull(audit.AssigneeBefore, Ids.UserId)));
        }

        if (audit.GroupAfter != audit.GroupBefore)
        {
            events.Add(new AuditEvent(NextId(), "Change", "group_id", IdOrNull(audit.GroupAfter, Ids.GroupId), IdOrNull(audit.GroupBefore, Ids.GroupId)));
        }

        if (mutation is not null)
        {
            foreach (var change in mutation.Changes)
            {
                events.Add(new AuditEvent(NextId(), "Change", change.Field, change.Value, change.Previous));
            }
        }

        return events;
    }

    // Audit events carry ids as strings, the way Zendesk renders field values.
    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? IdOrNull(int index, Func<int, long> id) => index >= 0 ? Id(id(index)) : null;
}
