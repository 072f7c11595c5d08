using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>The <c>attachments</c> stream: each attachment of a comment, with the comment's ticket, id and time.</summary>
internal static class CommentAttachments
{
    /// <param name="createdAt">The comment's time when the comment itself lacks <c>created_at</c>.</param>
    public static void Write(StreamOutput attachments, JsonElement comment, long ticketId, JsonElement? createdAt, DateTimeOffset fetchedAt)
    {
        if (!comment.TryGetProperty("attachments", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return;
        }

        var commentId = PageFields.Int64(comment, "id");
        var time = comment.TryGetProperty("created_at", out var own) && own.ValueKind == JsonValueKind.String ? own : createdAt;
        RecordExtra[] extras =
        [
            new("ticket_id", Number: ticketId),
            commentId is { } id ? new("comment_id", Number: id) : new("comment_id"),
            time is { } t ? new("created_at", Element: t) : new("created_at"),
        ];
        foreach (var attachment in list.EnumerateArray())
        {
            attachments.Write(new ElementRecord(attachment), fetchedAt, extras);
        }
    }
}
