using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// A ticket's side conversations, with <c>include=events</c> side-loading the events of those on the
/// page as a top-level <c>events</c> array, and one side conversation's events.
/// </summary>
internal static class SideConversationEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/tickets/{ticket_id:long}/side_conversations", i => i with { List = true, Feature = PlanRules.SideConversations, Scope = "tickets" }, context =>
        {
            var (t, conversations) = Conversations(context, account);
            var withEvents = (QueryArgs.Text(context, "include") ?? string.Empty).Split(',').Contains("events", StringComparer.Ordinal);
            return ListServer.Serve(
                context,
                host,
                "side_conversations",
                $"/api/v2/tickets/{Ids.TicketId(t)}/side_conversations.json",
                ListPaging.Dual,
                ctx => new ListSource(conversations.Count, p => p, (w, p) => CatalogJson.Write(w, ctx, conversations[p].Conversation)),
                sideLoads: withEvents ? (w, ctx, positions, _) => WriteEvents(w, ctx, positions.SelectMany(p => conversations[p].Events)) : null);
        });

        ApiMap.Get(app, "/api/v2/tickets/{ticket_id:long}/side_conversations/{side_conversation_id}/events", i => i with { List = true, Feature = PlanRules.SideConversations, Scope = "tickets" }, context =>
        {
            var (t, conversations) = Conversations(context, account);
            var id = context.Request.RouteValues["side_conversation_id"] as string;
            var conversation = conversations.FirstOrDefault(c => (string?)c.Conversation.Body["id"] == id)
                ?? throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            var events = conversation.Events;
            return ListServer.Serve(
                context,
                host,
                "events",
                $"/api/v2/tickets/{Ids.TicketId(t)}/side_conversations/{id}/events.json",
                ListPaging.Dual,
                ctx => new ListSource(events.Count, p => p, (w, p) => CatalogJson.Write(w, ctx, events[p])));
        });
    }

    private static (int Ticket, IReadOnlyList<SideConversation> Conversations) Conversations(HttpContext context, Account account)
    {
        var t = account.Tickets.Store.IndexOf(ListEndpoints.RouteId(context, "ticket_id"));
        using (account.Read())
        {
            if (t < 0 || account.Tickets.Store.IsDeleted(t))
            {
                throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            }

            return (t, SideConversationRecords.Of(account, t));
        }
    }

    private static void WriteEvents(Utf8JsonWriter w, RenderContext ctx, IEnumerable<CatalogItem> events)
    {
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            CatalogJson.Write(w, ctx, e);
        }

        w.WriteEndArray();
    }
}
