using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Activities of the account owner's stream.</summary>
internal static class ActivityJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, ActivitySpec activity)
    {
        var account = ctx.Account;
        var ticketId = Ids.TicketId(activity.Ticket);
        var subject = TicketText.Subject(account.Shape.Seed, activity.Ticket);
        var actor = Math.Max(0, activity.Actor);
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/activities/{activity.Id}.json");
        w.WriteNumber("id", activity.Id);
        w.WriteString("verb", activity.Assignment ? "tickets.assignment" : "tickets.comment");
        w.WriteString("title", activity.Assignment
            ? $"{account.Users.Name(actor)} assigned ticket #{ticketId} to you."
            : $"{account.Users.Name(actor)} commented on ticket #{ticketId}.");
        w.WriteNumber("actor_id", Ids.UserId(actor));
        w.WriteNumber("user_id", Ids.UserId(0));
        w.WritePropertyName("actor");
        UserJson.Write(w, ctx, actor);
        w.WritePropertyName("user");
        UserJson.Write(w, ctx, 0);
        w.WriteStartObject("object");
        if (activity.Assignment)
        {
            w.WriteStartObject("ticket");
            w.WriteNumber("id", ticketId);
            w.WriteString("subject", subject);
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartObject("comment");
            w.WriteNumber("id", Ids.EventId(activity.Ticket, activity.Slot, 0));
            w.WriteString("value", "New reply from the requester");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("target");
        w.WriteStartObject("ticket");
        w.WriteNumber("id", ticketId);
        w.WriteString("subject", subject);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Iso("created_at", activity.Time);
        w.Iso("updated_at", activity.Time);
        w.WriteEndObject();
    }
}
