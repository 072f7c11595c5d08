using System.Text.Json;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary><c>ticket_audits</c>: <c>/api/v2/tickets/{id}/audits</c> for each changed ticket.</summary>
internal sealed class TicketAuditsChild(SyncContext context, ChildOutput audits)
    : TicketChild(context, "/api/v2/tickets/{id}/audits", "audits", audits)
{
    protected override void Emit(JsonElement record, ParentRef ticket, DateTimeOffset fetchedAt)
    {
        var created = TimeOf(record, "created_at");
        if (audits.Accepts(created) && !(created > ticket.ChangedAt))
        {
            audits.Output.Write(record, fetchedAt);
        }
    }
}
