namespace Zendesk.Simulator.Data;

/// <summary>
/// Id ranges per record kind. Every id is above 2^32 (clients must not assume 32-bit ids) and
/// below 2^53 (JSON numbers stay exact). Children of a ticket take ids from the ticket's index so
/// they can be rebuilt from (seed, ticket) alone.
/// </summary>
internal static class Ids
{
    public const long Ticket = 10_000_000_000;
    public const long User = 11_000_000_000_000;
    public const long Organization = 12_000_000_000_000;
    public const long Group = 13_000_000_000_000;
    public const long Audit = 20_000_000_000_000;
    public const long AuditEvent = 30_000_000_000_000;
    public const long Attachment = 40_000_000_000_000;
    public const long MetricSet = 50_000_000_000_000;
    public const long MetricEvent = 60_000_000_000_000;
    public const long SatisfactionRating = 70_000_000_000_000;
    public const long Skip = 80_000_000_000_000;
    public const long MutationAudit = 90_000_000_000_000;
    public const long MutationEvent = 91_000_000_000_000;
    public const long MutationAttachment = 92_000_000_000_000;
    public const long MutationMetricEvent = 93_000_000_000_000;
    public const long GroupMembership = 14_000_000_000_000;
    public const long OrganizationMembership = 15_000_000_000_000;
    public const long Identity = 16_000_000_000_000;
    public const long Catalog = 17_000_000_000_000;
    public const long Activity = 18_000_000_000_000;
    public const long AuditLog = 19_000_000_000_000;
    public const long TalkCall = 21_000_000_000_000;
    public const long TalkLeg = 22_000_000_000_000;

    public const int AuditsPerTicket = 16;
    public const int EventsPerAudit = 16;
    public const int MetricEventsPerTicket = 32;

    public static long TicketId(int index) => Ticket + index + 1;

    public static int TicketIndex(long id) => (int)(id - Ticket - 1);

    public static long UserId(int index) => User + (index * 7L) + 3;

    public static int UserIndex(long id) => (id - User - 3) % 7 == 0 ? (int)((id - User - 3) / 7) : -1;

    public static long OrganizationId(int index) => Organization + (index * 11L) + 5;

    public static int OrganizationIndex(long id) => (id - Organization - 5) % 11 == 0 ? (int)((id - Organization - 5) / 11) : -1;

    public static long GroupId(int index) => Group + index + 1;

    public static long AuditId(int ticket, int slot) => Audit + ((long)ticket * AuditsPerTicket) + slot;

    public static long EventId(int ticket, int slot, int n) => AuditEvent + ((((long)ticket * AuditsPerTicket) + slot) * EventsPerAudit) + n;

    public static long AttachmentId(int ticket, int slot, int n) => Attachment + ((((long)ticket * AuditsPerTicket) + slot) * EventsPerAudit) + n;

    public static long MetricEventId(int ticket, int n) => MetricEvent + ((long)ticket * MetricEventsPerTicket) + n;
}
