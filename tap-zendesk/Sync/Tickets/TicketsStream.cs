using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// The tickets export and its children: <c>ticket_metrics</c> from the side-loaded <c>metric_set</c>,
/// <c>ticket_audits</c> (and, with <c>ticket_comments_source: per_ticket</c>, comments and attachments)
/// fetched per changed ticket. A child selected without <c>tickets</c> still reads the export, silently.
/// </summary>
internal static class TicketsStream
{
    public const string Name = "tickets";

    public static CursorExportSync Create(SyncContext context)
    {
        var children = new List<ExportChild>();
        if (context.Output("ticket_metrics") is { } metrics)
        {
            children.Add(new EmbeddedChild(new ChildOutput(metrics)));
        }

        if (context.Output("ticket_audits") is { } audits)
        {
            children.Add(new TicketAuditsChild(context, new ChildOutput(audits)));
        }

        if (context.Config.CommentsSource == CommentsSource.PerTicket)
        {
            var comments = context.Output("ticket_comments") is { } c ? new ChildOutput(c) : null;
            var attachments = context.Output("attachments") is { } a ? new ChildOutput(a) : null;
            if (comments is not null || attachments is not null)
            {
                children.Add(new TicketCommentsChild(context, comments, attachments));
            }
        }

        return new CursorExportSync(StreamTable.Get(Name), context.Output(Name), children, context);
    }
}
