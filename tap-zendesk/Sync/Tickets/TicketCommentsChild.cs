using System.Text.Json;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// <c>ticket_comments</c> (and their <c>attachments</c>) from <c>/api/v2/tickets/{id}/comments</c>, for
/// <c>ticket_comments_source: per_ticket</c>. Either stream may be selected without the other.
/// </summary>
internal sealed class TicketCommentsChild(SyncContext context, ChildOutput? comments, ChildOutput? attachments)
    : TicketChild(context, "/api/v2/tickets/{id}/comments", "comments", [.. new[] { comments, attachments }.OfType<ChildOutput>()])
{
    protected override void Emit(JsonElement record, ParentRef ticket, DateTimeOffset fetchedAt)
    {
        var created = TimeOf(record, "created_at");
        if (created > ticket.ChangedAt)
        {
            return;
        }

        if (comments is not null && comments.Accepts(created))
        {
            comments.Output.Write(record, fetchedAt, [new RecordExtra("ticket_id", Number: ticket.Id)]);
        }

        if (attachments is not null && attachments.Accepts(created))
        {
            CommentAttachments.Write(attachments.Output, record, ticket.Id, createdAt: null, fetchedAt);
        }
    }
}
