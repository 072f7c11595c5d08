using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// Tickets as parents. A child record is emitted when it is newer than its stream's mark and no newer
/// than the ticket's change in the export: a change made while the sync runs is left for the next run,
/// which sees the ticket again. Deleted tickets have no children to fetch, and neither have tickets that
/// only a system update touched since the stream's mark.
/// </summary>
internal sealed class TicketParents : IParentPolicy
{
    public const string Stream = "tickets";

    private static readonly RecordField Status = new("status");
    private static readonly RecordField GeneratedTimestamp = new("generated_timestamp");
    private static readonly RecordField UpdatedAt = new("updated_at");

    public bool Wants<TRecord>(TRecord ticket)
        where TRecord : struct, IRecord => ticket.String(Status) != "deleted";

    public DateTimeOffset? ChangedAt<TRecord>(TRecord ticket)
        where TRecord : struct, IRecord => ticket.Time(GeneratedTimestamp) ?? ticket.Time(UpdatedAt);

    /// <summary>
    /// Every audit, and so every comment, moves the ticket's <c>updated_at</c> to its own time; a system
    /// update (SLA recalculation, sharing) moves only <c>generated_timestamp</c>.
    /// A ticket last updated before <paramref name="since"/> therefore has no audit or comment after it.
    /// </summary>
    public bool MayHaveChildrenAfter<TRecord>(TRecord ticket, DateTimeOffset since)
        where TRecord : struct, IRecord => ticket.Time(UpdatedAt) is not { } updated || updated > since;

    public bool Admits(DateTimeOffset? childTime, ParentRef ticket) => !(childTime > ticket.ChangedAt);
}
