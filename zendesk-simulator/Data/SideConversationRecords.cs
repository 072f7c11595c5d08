using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// Side conversations: on one ticket in five, an agent asks someone outside the ticket (a vendor) by
/// email, at the time of one of the ticket's updates; the reply comes at a later update, and the
/// conversation closes when the ticket is solved. Every event coincides with an update of the ticket,
/// as Zendesk records side conversation activity in the ticket's own history. Built from the generated
/// history alone, so they never change.
/// </summary>
internal static class SideConversationRecords
{
    private const int Salt = 102;
    private const double Share = 0.2;

    private static readonly string[] Vendors = ["northwind", "contoso", "fabrikam", "tailspin", "litware"];

    /// <summary>The side conversations of ticket <paramref name="t"/> (each record keyed by its position), with their events.</summary>
    public static IReadOnlyList<SideConversation> Of(Account account, int t)
    {
        var prng = new Prng(account.Shape.Seed, Salt, t);
        if (!prng.Chance(Share))
        {
            return [];
        }

        var audits = account.Audits.Of(t).Where(a => a.IsGenerated).ToArray();
        var count = 1 + (prng.Chance(0.3) ? 1 : 0);
        var list = new List<SideConversation>();
        for (var k = 0; k < count && k + 1 < audits.Length; k++)
        {
            list.Add(Build(account, t, k, audits, ref prng));
        }

        return list;
    }

    private static SideConversation Build(Account account, int t, int k, AuditSpec[] audits, ref Prng prng)
    {
        var ticketId = Ids.TicketId(t);
        var id = Uuid(ref prng);
        var start = audits[k + 1];
        // The agent as the history generated them (a later rename or reassignment leaves the record as it was).
        var agent = Math.Max(0, start.AssigneeAfter);
        var agentName = agent == 0 ? account.Users.Name(0) : PersonText.FullName(account.Shape.Seed, agent);
        var agentEmail = agent == 0 ? account.Users.Keys.Email(0) : GeneratedKeys.UserEmail(account.Shape.Seed, agent);
        var vendor = Vendors[prng.Below(Vendors.Length)];
        var vendorEmail = string.Create(CultureInfo.InvariantCulture, $"partner{(t % 97) + 1}@{vendor}.example.org");
        var vendorName = char.ToUpperInvariant(vendor[0]) + vendor[1..] + " Partners";
        var subject = $"Re: {TicketText.Subject(account.Shape.Seed, t)} ({ticketId})";
        var path = string.Create(CultureInfo.InvariantCulture, $"/tickets/{ticketId}/side_conversations/{id}");
        var agentParticipant = Participant(Ids.UserId(agent), agentName, agentEmail);
        var vendorParticipant = Participant(null, vendorName, vendorEmail);

        var events = new List<CatalogItem>();
        var created = start.Time;
        var messageAdded = created;
        events.Add(Event(ticketId, id, path, ref prng, created, "create", "support", agentParticipant, Message(subject, $"Could you check {subject.ToLowerInvariant()} on your side?", agentParticipant, vendorParticipant)));
        var reply = k + 2 < audits.Length ? audits[k + 2] : (AuditSpec?)null;
        if (reply is { } r)
        {
            messageAdded = r.Time;
            events.Add(Event(ticketId, id, path, ref prng, r.Time, "reply", "email", vendorParticipant, Message(subject, "We found the cause and are fixing it.", vendorParticipant, agentParticipant)));
        }

        var last = audits[^1];
        // Solved by its generated history, not by a later update: a conversation never changes afterwards.
        var closed = last.StatusAfter >= TicketCodes.Solved && last.Time > messageAdded;
        if (closed)
        {
            events.Add(Event(ticketId, id, path, ref prng, last.Time, "update", "support", agentParticipant, null, new JsonObject { ["state"] = "closed" }));
        }

        var updated = closed ? last.Time : messageAdded;
        var body = new JsonObject
        {
            ["id"] = id,
            ["ticket_id"] = ticketId,
            ["subject"] = subject,
            ["preview_text"] = reply is null ? "Could you check this on your side?" : "We found the cause and are fixing it.",
            ["state"] = closed ? "closed" : "open",
            ["participants"] = new JsonArray(agentParticipant.DeepClone(), vendorParticipant.DeepClone()),
            ["external_ids"] = new JsonObject(),
            ["created_at"] = Epoch.Iso(created),
            ["updated_at"] = Epoch.Iso(updated),
            ["message_added_at"] = Epoch.Iso(messageAdded),
            ["state_updated_at"] = Epoch.Iso(closed ? last.Time : created),
        };
        return new SideConversation(new CatalogItem(k, created, updated, path + ".json", body), events);
    }

    private static CatalogItem Event(long ticketId, string conversation, string path, ref Prng prng, long time, string type, string via, JsonObject actor, JsonObject? message, JsonObject? updates = null)
    {
        var id = Uuid(ref prng);
        return new CatalogItem(0, time, time, $"{path}/events/{id}.json", new JsonObject
        {
            ["id"] = id,
            ["side_conversation_id"] = conversation,
            ["ticket_id"] = ticketId,
            ["actor"] = actor.DeepClone(),
            ["type"] = type,
            ["via"] = via,
            ["created_at"] = Epoch.Iso(time),
            ["message"] = message,
            ["updates"] = updates ?? new JsonObject(),
        });
    }

    private static JsonObject Message(string subject, string text, JsonObject from, JsonObject to) => new()
    {
        ["subject"] = subject,
        ["preview_text"] = text,
        ["body"] = text,
        ["html_body"] = $"<div class=\"zd-comment\"><p>{text}</p></div>",
        ["from"] = from.DeepClone(),
        ["to"] = new JsonArray(to.DeepClone()),
        ["external_ids"] = new JsonObject(),
    };

    private static JsonObject Participant(long? userId, string name, string? email) => new()
    {
        ["user_id"] = userId,
        ["name"] = name,
        ["email"] = email,
    };

    // Zendesk names side conversations and their events by UUIDs.
    private static string Uuid(ref Prng prng)
    {
        var a = prng.Next();
        var b = prng.Next();
        return string.Create(CultureInfo.InvariantCulture, $"{(uint)(a >> 32):x8}-{(ushort)(a >> 16):x4}-{(ushort)a:x4}-{(ushort)(b >> 48):x4}-{b & 0xFFFFFFFFFFFF:x12}");
    }
}
