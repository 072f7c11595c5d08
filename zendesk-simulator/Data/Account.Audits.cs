namespace Zendesk.Simulator.Data;

internal sealed partial class Account
{
    /// <summary>Marks audit-index locals that refer to a mutation's audit rather than a generated slot.</summary>
    internal const uint MutationLocal = 0x8000_0000;

    /// <summary>The audit an entry of <see cref="EventIndex"/> refers to.</summary>
    internal AuditSpec AuditAt(uint local, out int ticket)
    {
        if ((local & MutationLocal) != 0)
        {
            var mutation = Mutations[(int)(local & ~MutationLocal)];
            ticket = mutation.Ticket;
            return mutation.Spec;
        }

        ticket = (int)(local / Ids.AuditsPerTicket);
        Span<AuditSpec> buffer = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var live = (Tickets.Flags[ticket] & TicketCodes.FlagCreatedLive) != 0;
        TicketTimeline.Build(Shape, ticket, HeaderOf(ticket), live, buffer);
        return buffer[(int)(local % Ids.AuditsPerTicket)];
    }

    internal int TicketOfAudit(uint local) =>
        (local & MutationLocal) != 0 ? Mutations[(int)(local & ~MutationLocal)].Ticket : (int)(local / Ids.AuditsPerTicket);
}
