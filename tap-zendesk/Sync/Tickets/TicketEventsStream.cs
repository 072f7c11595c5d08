using System.Text.Json;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// The ticket events export and the streams derived from it: with <c>include=comment_events</c> every
/// comment arrives as a child event of its update, so <c>ticket_comments</c> and <c>attachments</c> come
/// from the same pages at no extra request, exactly once each (the export's boundary handling applies);
/// so do the field and tag histories, from the same updates' field events, and, when asked, the audits.
/// </summary>
internal static class TicketEventsStream
{
    public const string Name = "ticket_events";

    public static TimeExportSync Create(SyncContext context)
    {
        var members = new List<TimeExportMember>();
        if (context.Output(Name) is { } events)
        {
            members.Add(TimeExportMember.Direct(events));
        }

        if (context.Output("ticket_comments") is { Definition.Parent: Name } comments)
        {
            members.Add(new TimeExportMember(comments, (record, page) => EmitComments(comments, record, page)));
        }

        if (context.Output("attachments") is { } attachments && context.Config.CommentsSource == TicketChildSource.TicketEvents)
        {
            members.Add(new TimeExportMember(attachments, (record, page) => EmitAttachments(attachments, record, page)));
        }

        if (context.Output("ticket_audits") is { Definition.Parent: Name } audits)
        {
            members.Add(new TimeExportMember(audits, (record, page) => AuditsFromEvents.Emit(audits, record, page)));
        }

        if (context.Output("ticket_field_history") is { } fields)
        {
            members.Add(new TimeExportMember(fields, (record, page) => FieldHistory.EmitFields(fields, record, page)));
        }

        if (context.Output("ticket_tag_history") is { } tags)
        {
            members.Add(new TimeExportMember(tags, (record, page) => FieldHistory.EmitTags(tags, record, page)));
        }

        return new TimeExportSync(StreamTable.Get(Name), members, context);
    }

    private static void EmitComments(StreamOutput comments, JsonElement update, Page page)
    {
        var ticketId = PageFields.Int64(update, "ticket_id");
        foreach (var comment in CommentsOf(update))
        {
            var hasTime = comment.TryGetProperty("created_at", out var time) && time.ValueKind == JsonValueKind.String;
            RecordExtra[] extras = hasTime || !update.TryGetProperty("created_at", out var updateTime)
                ? [TicketId(ticketId)]
                : [TicketId(ticketId), new("created_at", Element: updateTime)];
            comments.Write(new ElementRecord(comment), page.FetchedAt, extras);
        }
    }

    private static void EmitAttachments(StreamOutput attachments, JsonElement update, Page page)
    {
        var ticketId = PageFields.Int64(update, "ticket_id") ?? 0;
        JsonElement? updateTime = update.TryGetProperty("created_at", out var time) ? time : null;
        foreach (var comment in CommentsOf(update))
        {
            CommentAttachments.Write(attachments, comment, ticketId, updateTime, page.FetchedAt);
        }
    }

    private static RecordExtra TicketId(long? id) => id is { } value ? new("ticket_id", Number: value) : new("ticket_id");

    private static IEnumerable<JsonElement> CommentsOf(JsonElement update)
    {
        if (!update.TryGetProperty("child_events", out var children) || children.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var child in children.EnumerateArray())
        {
            var kind = PageFields.String(child, "event_type") ?? PageFields.String(child, "type");
            if (kind is "Comment" or "VoiceComment" && child.TryGetProperty("id", out _))
            {
                yield return child;
            }
        }
    }
}
