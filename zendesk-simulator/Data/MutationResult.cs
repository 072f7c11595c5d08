namespace Zendesk.Simulator.Data;

/// <summary>What a ticket mutation created: its audit (also the ticket event id) and comment, and when.</summary>
internal sealed record MutationResult(long TicketId, long AuditId, long? CommentId, DateTimeOffset At);
