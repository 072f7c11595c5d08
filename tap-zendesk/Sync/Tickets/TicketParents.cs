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

    public bool Wants(ScannedRecord ticket) => ticket.String("status"u8) != "deleted";

    public DateTimeOffset? ChangedAt(ScannedRecord ticket) => ticket.Time("generated_timestamp"u8) ?? ticket.Time("updated_at"u8);

    /// <summary>
    /// Every audit, and so every comment, moves the ticket's <c>updated_at</c> to its own time; a system
    /// update (SLA recalculation, sharing) moves only <c>generated_timestamp</c>.
    /// A ticket last updated before <paramref name="since"/> therefore has no audit or comment after it.
    /// </summary>
    public bool MayHaveChildrenAfter(ScannedRecord ticket, DateTimeOffset since) =>
        ticket.Time("updated_at"u8) is not { } updated || updated > since;

    public bool Admits(DateTimeOffset? childTime, ParentRef ticket) => !(childTime > ticket.ChangedAt);
}
