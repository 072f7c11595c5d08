using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The ticket-side lists (custom statuses, satisfaction reasons, deleted tickets and users, suspended
/// tickets), derived from the account as it is now, so they agree with the tickets and users it serves:
/// a ticket's <c>custom_status_id</c> names one of the statuses, a rating's <c>reason_id</c> one of the reasons.
/// </summary>
internal static class TicketSideRecords
{
    /// <summary>Zendesk keeps a deleted ticket this long before it purges it.</summary>
    public const long DeletedTicketDays = 30;

    private const long SuspendedTicketBase = 81_000_000_000_000;
    private const int SuspendedSalt = 101;
    private const long Day = 86400;

    private static readonly string[] SuspendCauses = ["Detected as spam", "Automated response mail", "Received from support address", "Sender is not allowed to open tickets", "Signup required"];
    private static readonly int[] SuspendCauseIds = [0, 1, 12, 19, 8];

    /// <summary>One status per ticket status, the ids tickets carry: closed tickets keep a status of the solved category.</summary>
    public static IReadOnlyList<CatalogItem> CustomStatuses(Account account)
    {
        var start = account.Shape.DataStart;
        var items = new List<CatalogItem>();
        for (var s = 0; s < TicketCodes.Statuses.Length; s++)
        {
            var name = TicketCodes.Statuses[s];
            var category = s == TicketCodes.Closed ? "solved" : name;
            var label = s == TicketCodes.Hold ? "On-hold" : char.ToUpperInvariant(name[0]) + name[1..];
            var id = Fields.CatalogId(CatalogKind.CustomStatus, s + 1);
            var created = start - (400 * Day);
            var updated = start - ((100 - (s * 7)) * Day);
            items.Add(Item(id, created, updated, "custom_statuses", new JsonObject
            {
                ["id"] = id,
                ["status_category"] = category,
                ["agent_label"] = label,
                ["raw_agent_label"] = label,
                ["end_user_label"] = s is TicketCodes.New or TicketCodes.Open or TicketCodes.Hold ? "Open" : s == TicketCodes.Pending ? "Awaiting your reply" : "Solved",
                ["raw_end_user_label"] = s is TicketCodes.New or TicketCodes.Open or TicketCodes.Hold ? "Open" : s == TicketCodes.Pending ? "Awaiting your reply" : "Solved",
                ["description"] = $"The ticket is {name}",
                ["raw_description"] = $"The ticket is {name}",
                ["end_user_description"] = string.Empty,
                ["raw_end_user_description"] = string.Empty,
                ["active"] = true,
                ["default"] = s != TicketCodes.Closed,
            }));
        }

        return items;
    }

    /// <summary>The reasons a bad rating can give, whose ids the ratings' <c>reason_id</c> carry.</summary>
    public static IReadOnlyList<CatalogItem> SatisfactionReasons(Account account)
    {
        var start = account.Shape.DataStart;
        var items = new List<CatalogItem>();
        for (var r = 0; r < RatingInfo.Reasons.Length; r++)
        {
            var id = Fields.CatalogId(CatalogKind.CustomStatus, 100 + r);
            items.Add(Item(id, start - (300 * Day), start - (300 * Day) + (r * Day), "satisfaction_reasons", new JsonObject
            {
                ["id"] = id,
                ["reason_code"] = r == 0 ? 0 : 5 + r,
                ["value"] = RatingInfo.Reasons[r],
                ["raw_value"] = RatingInfo.Reasons[r],
                ["deleted_at"] = null,
            }));
        }

        return items;
    }

    /// <summary>The tickets deleted in the last 30 days, by id: older ones Zendesk has purged.</summary>
    public static IReadOnlyList<int> DeletedTickets(Account account)
    {
        var store = account.Tickets.Store;
        var since = account.Clock.NowSeconds - (DeletedTicketDays * Day);
        var list = new List<int>();
        for (var t = 0; t < store.Count; t++)
        {
            if (store.IsDeleted(t) && store.Updated[t] >= since)
            {
                list.Add(t);
            }
        }

        return list;
    }

    /// <summary>The deleted (deactivated) users, by id.</summary>
    public static IReadOnlyList<int> DeletedUsers(Account account)
    {
        var store = account.Users.Store;
        var list = new List<int>();
        for (var u = 0; u < store.Count; u++)
        {
            if (!store.IsActive(u))
            {
                list.Add(u);
            }
        }

        return list;
    }

    /// <summary>Mail held back from becoming tickets: one for every 40 tickets, spread over the last weeks.</summary>
    public static IReadOnlyList<CatalogItem> SuspendedTickets(Account account)
    {
        var shape = account.Shape;
        var count = Math.Max(2, account.Tickets.Store.Count / 40);
        var items = new List<CatalogItem>(count);
        for (var n = 0; n < count; n++)
        {
            var prng = new Prng(shape.Seed, SuspendedSalt, n);
            var id = SuspendedTicketBase + n + 1;
            var created = shape.DataEnd - ((count - n) * (21 * Day) / count) - prng.Below(3600);
            var cause = prng.Below(SuspendCauses.Length);
            var sender = $"sender{n + 1}@mail.example.net";
            var subject = TicketText.Subject(shape.Seed, prng.Below(1 << 20));
            items.Add(Item(id, created, created, "suspended_tickets", new JsonObject
            {
                ["id"] = id,
                ["author"] = new JsonObject { ["id"] = null, ["name"] = $"Sender {n + 1}", ["email"] = sender },
                ["subject"] = subject,
                ["content"] = $"Hello, {subject.ToLowerInvariant()} since this morning.",
                ["cause"] = SuspendCauses[cause],
                ["cause_id"] = SuspendCauseIds[cause],
                ["message_id"] = string.Create(CultureInfo.InvariantCulture, $"<{id}@mail.example.net>"),
                ["ticket_id"] = null,
                ["recipient"] = $"support@{shape.Subdomain}.zendesk.com",
                ["brand_id"] = Fields.CatalogId(CatalogKind.Brand, 1),
                ["via"] = new JsonObject
                {
                    ["channel"] = "email",
                    ["source"] = new JsonObject
                    {
                        ["from"] = new JsonObject { ["address"] = sender, ["name"] = $"Sender {n + 1}" },
                        ["to"] = new JsonObject { ["address"] = $"support@{shape.Subdomain}.zendesk.com", ["name"] = "Support" },
                        ["rel"] = null,
                    },
                },
                ["attachments"] = new JsonArray(),
                ["error_messages"] = null,
            }));
        }

        return items;
    }

    private static CatalogItem Item(long id, long created, long updated, string path, JsonObject body)
    {
        body["created_at"] = Epoch.Iso(created);
        body["updated_at"] = Epoch.Iso(updated);
        return new CatalogItem(id, created, updated, string.Create(CultureInfo.InvariantCulture, $"/{path}/{id}.json"), body);
    }
}
