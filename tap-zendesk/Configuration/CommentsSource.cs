namespace Zendesk.Singer.Tap.Configuration;

/// <summary>Where ticket comments come from.</summary>
internal enum CommentsSource
{
    /// <summary>The comment child events of the incremental ticket events export: one export, no per-ticket requests.</summary>
    TicketEvents,

    /// <summary>One comments request per changed ticket: every comment field, at the cost of the core budget.</summary>
    PerTicket,
}
