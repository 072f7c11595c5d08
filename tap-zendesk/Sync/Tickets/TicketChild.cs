using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// A child fetched per changed ticket. A child record is emitted when it is newer than its stream's
/// mark and no newer than the ticket's change in the export: a change made while the sync runs is
/// left for the next run, which sees the ticket again. Deleted tickets have no children to fetch.
/// </summary>
internal abstract class TicketChild(SyncContext context, string pathTemplate, string recordsKey, params ChildOutput[] outputs)
    : PerRecordChild(context, pathTemplate, recordsKey, outputs)
{
    protected override bool Wants(JsonElement ticket) => PageFields.String(ticket, "status") != "deleted";

    protected override DateTimeOffset? ChangedAt(JsonElement ticket) => TimeOf(ticket, "generated_timestamp") ?? TimeOf(ticket, "updated_at");
}
