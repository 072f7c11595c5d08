using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Json;

/// <summary>A bookmark: its own fields and the bookmarked ticket as it stands now.</summary>
internal static class BookmarkJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, (long Id, long Created, int Ticket) bookmark)
    {
        w.WriteStartObject();
        w.WriteNumber("id", bookmark.Id);
        w.WriteString("url", string.Create(CultureInfo.InvariantCulture, $"{ctx.ApiBase}/bookmarks/{bookmark.Id}.json"));
        w.WriteString("created_at", Epoch.Iso(bookmark.Created));
        w.WritePropertyName("ticket");
        TicketJson.Write(w, ctx, bookmark.Ticket, export: false, metricSet: false);
        w.WriteEndObject();
    }

    /// <summary>Zendesk lists only the bookmarks of tickets that still exist.</summary>
    public static bool Listed(RenderContext ctx, (long Id, long Created, int Ticket) bookmark) =>
        bookmark.Ticket < ctx.Account.TicketCount && !ctx.Account.Tickets.Store.IsDeleted(bookmark.Ticket);
}
