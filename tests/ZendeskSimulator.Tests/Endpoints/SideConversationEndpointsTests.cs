using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// Side conversations are not in Zendesk's OpenAPI document: their answers are held to the fields and
/// paging of Zendesk's side conversation reference instead.
/// </summary>
public sealed class SideConversationEndpointsTests
{
    private static readonly string[] ConversationFields =
        ["url", "id", "ticket_id", "subject", "preview_text", "state", "participants", "external_ids", "created_at", "updated_at", "message_added_at", "state_updated_at"];

    private static readonly string[] EventFields = ["url", "id", "side_conversation_id", "ticket_id", "actor", "type", "via", "created_at", "message", "updates"];

    [Fact]
    public async Task A_tickets_side_conversations_carry_the_documented_fields_and_side_load_their_events()
    {
        await using var account = await TestAccount.Start();
        var (id, expected) = TicketWithConversations(account, c => c.Count > 0);

        var reply = await account.Get($"/api/v2/tickets/{id}/side_conversations.json?include=events");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        var conversations = reply.Items("side_conversations");
        conversations.Count.ShouldBe(expected.Count);
        foreach (var conversation in conversations)
        {
            conversation.EnumerateObject().Select(p => p.Name).ShouldBe(ConversationFields, ignoreOrder: true);
            Guid.TryParse(conversation.GetProperty("id").GetString(), out _).ShouldBeTrue();
            conversation.GetProperty("ticket_id").GetInt64().ShouldBe(id);
            conversation.GetProperty("state").GetString().ShouldBeOneOf("open", "closed");
            conversation.GetProperty("url").GetString()!.ShouldEndWith($"/api/v2/tickets/{id}/side_conversations/{conversation.GetProperty("id").GetString()}.json");
            foreach (var time in new[] { "created_at", "updated_at", "message_added_at", "state_updated_at" })
            {
                DateTimeOffset.TryParse(conversation.GetProperty(time).GetString(), out _).ShouldBeTrue(time);
            }
        }

        var ids = conversations.Select(c => c.GetProperty("id").GetString()).ToHashSet();
        var events = reply.Items("events");
        events.Count.ShouldBe(expected.Sum(c => c.Events.Count));
        foreach (var e in events)
        {
            e.EnumerateObject().Select(p => p.Name).ShouldBe(EventFields, ignoreOrder: true);
            ids.ShouldContain(e.GetProperty("side_conversation_id").GetString());
            e.GetProperty("type").GetString().ShouldBeOneOf("create", "reply", "update");
            e.GetProperty("message").ValueKind.ShouldBe(e.GetProperty("type").GetString() == "update" ? JsonValueKind.Null : JsonValueKind.Object);
        }

        (await account.Get($"/api/v2/tickets/{id}/side_conversations.json")).Json.TryGetProperty("events", out _).ShouldBeFalse("events come only when asked");
    }

    [Fact]
    public async Task Side_conversations_page_by_cursor_or_by_offset_and_list_their_events()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Tickets = 600 });
        var (id, expected) = TicketWithConversations(account, c => c.Count > 1);

        var first = await account.Get($"/api/v2/tickets/{id}/side_conversations.json?page[size]=1&include=events");
        var next = await account.Follow(first["links"].GetProperty("next").GetString()!);
        var offset = await account.Get($"/api/v2/tickets/{id}/side_conversations.json?per_page=1");
        var conversation = (string)expected[1].Conversation.Body["id"]!;
        var events = await account.Get($"/api/v2/tickets/{id}/side_conversations/{conversation}/events.json");

        first["meta"].GetProperty("has_more").GetBoolean().ShouldBeTrue();
        first.Items("side_conversations").Count.ShouldBe(1);
        first.Items("events").Count.ShouldBe(expected[0].Events.Count);
        next.Items("side_conversations").Single().GetProperty("id").GetString().ShouldBe(conversation);
        next.Items("events").Count.ShouldBe(expected[1].Events.Count);
        offset["count"].GetInt32().ShouldBe(expected.Count);
        offset["next_page"].GetString().ShouldNotBeNull();
        events.Items("events").Select(e => e.GetProperty("id").GetString()).ShouldBe(expected[1].Events.Select(e => (string?)e.Body["id"]));
    }

    [Fact]
    public async Task Side_conversations_need_the_plan_and_a_live_ticket()
    {
        await using var team = await TestAccount.Start(TestAccount.Small with { Plan = ZendeskPlan.Team });
        await using var account = await TestAccount.Start(TestAccount.Small with { DeletedTicketShare = 0.1 });
        var data = account.Host.Account;
        var deleted = Enumerable.Range(0, data.TicketCount).First(data.Tickets.Store.IsDeleted);

        (await team.Get($"/api/v2/tickets/{Ids.TicketId(0)}/side_conversations.json")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await account.Get($"/api/v2/tickets/{Ids.TicketId(deleted)}/side_conversations.json")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    private static (long Id, IReadOnlyList<SideConversation> Conversations) TicketWithConversations(TestAccount account, Func<IReadOnlyList<SideConversation>, bool> wanted)
    {
        var data = account.Host.Account;
        var t = Enumerable.Range(0, data.TicketCount).First(i => !data.Tickets.Store.IsDeleted(i) && wanted(SideConversationRecords.Of(data, i)));
        return (Ids.TicketId(t), SideConversationRecords.Of(data, t));
    }
}
