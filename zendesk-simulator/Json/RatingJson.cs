using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Satisfaction ratings.</summary>
internal static class RatingJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int t, RatingInfo rating)
    {
        var store = ctx.Account.Tickets.Store;
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/satisfaction_ratings/{rating.Id}.json");
        w.WriteNumber("id", rating.Id);
        w.WriteNumber("assignee_id", store.Assignee[t] >= 0 ? Ids.UserId(store.Assignee[t]) : Ids.UserId(0));
        w.WriteNumber("group_id", store.Group[t] >= 0 ? Ids.GroupId(store.Group[t]) : Ids.GroupId(0));
        w.WriteNumber("requester_id", Ids.UserId(store.Requester[t]));
        w.WriteNumber("ticket_id", Ids.TicketId(t));
        w.WriteString("score", rating.Score);
        if (rating.Score != "offered")
        {
            w.WriteString("comment", RatingInfo.Comments[(int)(rating.Id % RatingInfo.Comments.Length)]);
            w.WriteString("reason", RatingInfo.Reasons[rating.Reason]);
            w.WriteNumber("reason_code", rating.Reason == 0 ? 0 : 5 + rating.Reason);
            w.WriteNumber("reason_id", Fields.CatalogId(CatalogKind.CustomStatus, 100 + rating.Reason));
        }

        w.Iso("created_at", rating.Time);
        w.Iso("updated_at", rating.Time);
        w.WriteEndObject();
    }
}
