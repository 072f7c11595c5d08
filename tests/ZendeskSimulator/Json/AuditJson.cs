using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Ticket audits (zendesk-api.md §8 ticket_audits) and their events.</summary>
internal static class AuditJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int t, in AuditSpec audit)
    {
        var account = ctx.Account;
        w.WriteStartObject();
        w.WriteNumber("id", audit.Id);
        w.WriteNumber("ticket_id", Ids.TicketId(t));
        w.Iso("created_at", audit.Time);
        w.WriteNumber("author_id", audit.Author >= 0 ? Ids.UserId(audit.Author) : -1);
        var system = AuditContent.SystemInfo(audit.Id);
        w.WriteStartObject("metadata");
        w.WriteStartObject("system");
        w.WriteString("client", system.Client);
        w.WriteString("ip_address", system.Ip);
        w.WriteString("location", system.Location);
        w.WriteNumber("latitude", system.Latitude);
        w.WriteNumber("longitude", system.Longitude);
        w.WriteEndObject();
        w.WriteStartObject("custom");
        w.WriteEndObject();
        w.WriteEndObject();
        WriteVia(w, account, t, audit);
        w.WriteStartArray("events");
        if (AuditContent.Comment(account, t, audit) is { } comment)
        {
            w.WriteStartObject();
            w.WriteNumber("id", comment.Id);
            w.WriteString("type", "Comment");
            CommentJson.WriteBody(w, ctx, comment);
            w.WriteEndObject();
        }

        foreach (var e in AuditContent.Events(account, t, audit))
        {
            w.WriteStartObject();
            w.WriteNumber("id", e.Id);
            w.WriteString("type", e.Type);
            w.Value("value", e.Value);
            w.WriteString("field_name", e.Field);
            if (e.Type == "Change")
            {
                w.Value("previous_value", e.Previous);
            }

            w.WriteEndObject();
        }

        if (audit.Kind is AuditKind.AgentReply or AuditKind.Solve && audit.PublicComment)
        {
            var trigger = account.Catalog.Triggers[1];
            w.WriteStartObject();
            w.WriteNumber("id", audit.IsGenerated ? Ids.EventId(t, audit.Slot, Ids.EventsPerAudit - 1) : account.MutationOf(audit)!.EventId(Ids.EventsPerAudit - 1));
            w.WriteString("type", "Notification");
            w.WriteStartObject("via");
            w.WriteString("channel", "rule");
            w.WriteStartObject("source");
            w.WriteStartObject("from");
            w.WriteNumber("id", trigger.Id);
            w.WriteString("title", trigger.Body["title"]!.GetValue<string>());
            w.WriteEndObject();
            w.WriteString("rel", "trigger");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("subject", "[{{ticket.account}}] Re: {{ticket.title}}");
            w.WriteString("body", "Your request ({{ticket.id}}) has been updated.\n\n{{ticket.comments_formatted}}");
            w.Numbers("recipients", [Ids.UserId(account.Tickets.Requester[t])]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteVia(Utf8JsonWriter w, Account account, int t, in AuditSpec audit)
    {
        if (audit.Kind == AuditKind.Close)
        {
            var automation = account.Catalog.Automations[0];
            w.WriteStartObject("via");
            w.WriteString("channel", "rule");
            w.WriteStartObject("source");
            w.WriteStartObject("from");
            w.WriteNumber("id", automation.Id);
            w.WriteString("title", automation.Body["title"]!.GetValue<string>());
            w.WriteEndObject();
            w.WriteStartObject("to");
            w.WriteEndObject();
            w.WriteString("rel", "automation");
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else if (audit.Channel == TicketCodes.ChannelEmail)
        {
            var requester = account.Tickets.Requester[t];
            w.Via("email", account.UserEmail(requester), account.UserName(requester), $"support@{account.Shape.Subdomain}.zendesk.com");
        }
        else
        {
            w.Via(TicketCodes.Channels[audit.Channel]);
        }
    }
}
