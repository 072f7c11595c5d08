using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// How a stream takes a record read for one ticket: a comment carries its ticket's id, which Zendesk
/// leaves out of it, and attachments come out of their comment; every other record is written as read.
/// </summary>
internal static class TicketChildWrites
{
    public static ChildWrite For(string stream) => stream switch
    {
        "ticket_comments" => static (output, comment, ticket, fetchedAt) =>
            output.Write(new ElementRecord(comment), fetchedAt, [new RecordExtra("ticket_id", Number: ticket.Id)]),
        "attachments" => static (output, comment, ticket, fetchedAt) =>
            CommentAttachments.Write(output, comment, ticket.Id, createdAt: null, fetchedAt),
        _ => ChildTarget.Direct,
    };
}
