namespace Zendesk.Singer.Tap.Configuration;

/// <summary>Where a stream Zendesk offers both per ticket and inside the ticket events export comes from (comments, audits).</summary>
internal enum TicketChildSource
{
    /// <summary>The child events of the incremental ticket events export: one export, no per-ticket requests.</summary>
    TicketEvents,

    /// <summary>One request per changed ticket: every field the per-ticket endpoint has, at the cost of the core budget.</summary>
    PerTicket,
}
