using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Ticket comments and attachments.</summary>
internal static class CommentJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int t, CommentContent comment, in AuditSpec audit)
    {
        w.WriteStartObject();
        w.WriteNumber("id", comment.Id);
        w.WriteString("type", "Comment");
        WriteBody(w, ctx, comment);
        AuditJson.WriteVia(w, ctx, t, audit);
        w.Iso("created_at", comment.Created);
        w.WriteStartObject("metadata");
        AuditJson.WriteSystem(w, comment.AuditId);
        w.WriteStartObject("custom");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The fields a comment shares in every place it appears.</summary>
    public static void WriteBody(Utf8JsonWriter w, RenderContext ctx, CommentContent comment)
    {
        w.WriteNumber("author_id", comment.Author >= 0 ? Ids.UserId(comment.Author) : -1);
        w.WriteString("body", comment.Body);
        w.WriteString("html_body", HtmlBodies.Of(comment.Body));
        w.WriteString("plain_body", comment.Body);
        w.WriteBoolean("public", comment.Public);
        w.WriteStartArray("attachments");
        foreach (var attachment in comment.Attachments)
        {
            WriteAttachment(w, ctx, attachment);
        }

        w.WriteEndArray();
        w.WriteNumber("audit_id", comment.AuditId);
    }

    public static void WriteAttachment(Utf8JsonWriter w, RenderContext ctx, AttachmentContent a)
    {
        var content = $"https://{ctx.Account.Shape.Subdomain}.zendesk.com/attachments/token/{TicketText.EncodedId(a.Id)}/?name={a.FileName}";
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/attachments/{a.Id}.json");
        w.WriteNumber("id", a.Id);
        w.WriteString("file_name", a.FileName);
        w.WriteString("content_url", content);
        w.WriteString("mapped_content_url", content);
        w.WriteString("content_type", a.ContentType);
        w.WriteNumber("size", a.Size);
        w.NumberOrNull("width", a.Width);
        w.NumberOrNull("height", a.Height);
        w.WriteBoolean("inline", false);
        w.WriteBoolean("deleted", false);
        w.WriteBoolean("malware_access_override", false);
        w.WriteString("malware_scan_result", "malware_not_found");
        w.WriteStartArray("thumbnails");
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
