using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Ticket audits and their events.</summary>
internal static class AuditJson
{
    private static readonly JsonEncodedText SystemName = JsonEncodedText.Encode("system");
    private static readonly JsonEncodedText ClientName = JsonEncodedText.Encode("client");
    private static readonly JsonEncodedText IpAddressName = JsonEncodedText.Encode("ip_address");
    private static readonly JsonEncodedText LocationName = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText LatitudeName = JsonEncodedText.Encode("latitude");
    private static readonly JsonEncodedText LongitudeName = JsonEncodedText.Encode("longitude");
    private static readonly JsonEncodedText Client = JsonText.Encode("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36");
    private static readonly JsonEncodedText[] Cities = JsonText.Encode(Words.Cities);

    public static void Write(Utf8JsonWriter w, RenderContext ctx, int t, in AuditSpec audit)
    {
        var account = ctx.Account;
        w.WriteStartObject();
        w.WriteNumber("id", audit.Id);
        w.WriteNumber("ticket_id", Ids.TicketId(t));
        w.Iso("created_at", audit.Time);
        w.WriteNumber("author_id", audit.Author >= 0 ? Ids.UserId(audit.Author) : -1);
        w.WriteStartObject("metadata");
        WriteSystem(w, audit.Id);
        w.WriteStartObject("custom");
        w.WriteEndObject();
        w.WriteEndObject();
        WriteVia(w, ctx, t, audit);
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
            w.WriteNumber("id", audit.IsGenerated ? Ids.EventId(t, audit.Slot, Ids.EventsPerAudit - 1) : account.Audits.MutationOf(audit)!.EventId(Ids.EventsPerAudit - 1));
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
            w.Numbers("recipients", [Ids.UserId(account.Tickets.Store.Requester[t])]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The "system" object Zendesk records with each audit: the client and where it was.</summary>
    public static void WriteSystem(Utf8JsonWriter w, long auditId)
    {
        var city = (int)(Prng.Mix((ulong)auditId) % (ulong)Words.Cities.Length);
        w.WriteStartObject(SystemName);
        w.WriteString(ClientName, Client);
        var ip = new Utf8Buffer(stackalloc byte[24]);
        ip.Append("198.51.100."u8);
        ip.AppendNumber((auditId % 250) + 1);
        w.WriteString(IpAddressName, ip.Written);
        w.WriteString(LocationName, Cities[city]);
        w.WriteNumber(LatitudeName, (double)(40 + city));
        w.WriteNumber(LongitudeName, (double)(-3 + city));
        w.WriteEndObject();
    }

    public static void WriteVia(Utf8JsonWriter w, RenderContext ctx, int t, in AuditSpec audit)
    {
        var account = ctx.Account;
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
        else
        {
            ViaJson.Write(w, ctx, audit.Channel, account.Tickets.Store.Requester[t]);
        }
    }
}
