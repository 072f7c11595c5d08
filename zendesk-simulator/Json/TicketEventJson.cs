using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// Incremental ticket events: one per audit, with a string <c>via</c> label and
/// child events; a comment is only flagged unless comment_events were asked for.
/// </summary>
internal static class TicketEventJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int t, in AuditSpec audit, bool commentEvents)
    {
        var account = ctx.Account;
        var via = audit.Kind == AuditKind.Close ? "Rule" : TicketCodes.ViaLabels[audit.Channel];
        w.WriteStartObject();
        w.WriteNumber("id", audit.Id);
        w.WriteNumber("ticket_id", Ids.TicketId(t));
        w.WriteNumber("timestamp", audit.Time);
        w.Iso("created_at", audit.Time);
        w.WriteNumber("updater_id", audit.Author >= 0 ? Ids.UserId(audit.Author) : -1);
        w.WriteString("via", via);
        AuditJson.WriteSystem(w, audit.Id);
        w.WriteString("event_type", "Audit");
        w.WriteStartArray("child_events");
        if (AuditContent.Comment(account, t, audit) is { } comment)
        {
            w.WriteStartObject();
            w.WriteNumber("id", comment.Id);
            if (commentEvents)
            {
                AuditJson.WriteVia(w, ctx, t, audit);
                w.WriteNull("via_reference_id");
                w.WriteString("type", "Comment");
                CommentJson.WriteBody(w, ctx, comment);
                w.Iso("created_at", comment.Created);
            }
            else
            {
                w.WriteString("via", via);
                w.WriteNull("via_reference_id");
                w.WriteBoolean("comment_present", true);
                w.WriteBoolean("comment_public", comment.Public);
            }

            w.WriteString("event_type", "Comment");
            w.WriteEndObject();
        }

        foreach (var e in AuditContent.Events(account, t, audit))
        {
            w.WriteStartObject();
            w.WriteNumber("id", e.Id);
            w.WriteString("via", via);
            w.WriteNull("via_reference_id");
            w.Value(e.Field, e.Value);
            if (e.Field == "tags")
            {
                var now = e.Value as IReadOnlyList<string> ?? [];
                var before = e.Previous as IReadOnlyList<string> ?? [];
                w.Strings("added_tags", now.Except(before, StringComparer.Ordinal));
                w.Strings("removed_tags", before.Except(now, StringComparer.Ordinal));
            }

            if (e.Type == "Change")
            {
                w.Value("previous_value", e.Previous);
            }

            w.WriteString("event_type", e.Type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
