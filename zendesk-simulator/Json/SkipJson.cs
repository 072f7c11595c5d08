using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Ticket skips, each with the full ticket object.</summary>
internal static class SkipJson
{
    private static readonly string[] Reasons = ["I'm not sure how to handle this", "Needs a billing specialist", "Language I don't speak", "Waiting on a colleague"];

    public static void Write(Utf8JsonWriter w, RenderContext ctx, int n)
    {
        var skips = ctx.Account.Tickets.Skips;
        var t = skips.Ticket(n);
        w.WriteStartObject();
        w.WriteNumber("id", SkipStore.Id(n));
        w.WriteNumber("ticket_id", Ids.TicketId(t));
        w.WriteNumber("user_id", Ids.UserId(skips.User(n)));
        w.WriteString("reason", Reasons[n % Reasons.Length]);
        w.Iso("created_at", skips.Time(n));
        w.Iso("updated_at", skips.Time(n));
        w.WritePropertyName("ticket");
        TicketJson.Write(w, ctx, t, export: false, metricSet: false);
        w.WriteEndObject();
    }
}
