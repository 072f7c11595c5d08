using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

internal static partial class ConfigGenerator
{
    private static List<CatalogItem> OrganizationSubscriptions(AccountShape shape, ref Prng prng)
    {
        // Agents follow a few organizations each.
        var list = new List<CatalogItem>();
        var n = 0;
        for (var agent = 0; agent < Math.Min(shape.Agents, 20); agent++)
        {
            var follows = (int)prng.Between(0, 2);
            for (var f = 0; f < follows; f++)
            {
                var id = ConfigIds.Of(ConfigKind.OrganizationSubscription, ++n);
                var at = shape.DataStart + prng.Between(0, shape.DataEnd - shape.DataStart);
                list.Add(new CatalogItem(id, at, at, $"/organization_subscriptions/{id}.json", new JsonObject
                {
                    ["id"] = id,
                    ["organization_id"] = Ids.OrganizationId((agent + (f * 7)) % shape.Organizations),
                    ["user_id"] = Ids.UserId(agent),
                    ["created_at"] = Iso(at),
                }));
            }
        }

        return list;
    }

    private static List<CatalogItem> BrandAgents(AccountShape shape, IReadOnlyList<CatalogItem> brands)
    {
        // Every agent belongs to the default brand; every other one to the next brand too.
        var list = new List<CatalogItem>();
        for (var agent = 0; agent < shape.Agents; agent++)
        {
            for (var b = 0; b < brands.Count; b++)
            {
                if (b > 0 && agent % 2 == 1)
                {
                    continue;
                }

                var n = ConfigIds.Of(ConfigKind.BrandAgent, (agent * 16L) + b + 1);
                var created = Math.Max(brands[b].Created, shape.DataStart - (365 * Day)) + (agent * 600L);
                list.Add(Item(n, created, created + (b * 3600), $"/brand_agents/{n}.json", new JsonObject
                {
                    ["id"] = n.ToString(CultureInfo.InvariantCulture),
                    ["user_id"] = Ids.UserId(agent),
                    ["brand_id"] = brands[b].Id,
                }));
            }
        }

        return list;
    }

    private static List<CatalogItem> Sessions(AccountShape shape, ref Prng prng)
    {
        // Agents signed in during the last days of the account's data.
        var list = new List<CatalogItem>();
        for (var agent = 0; agent < shape.Agents; agent++)
        {
            if (agent > 0 && !prng.Chance(0.7))
            {
                continue;
            }

            var id = ConfigIds.Of(ConfigKind.Session, agent + 1);
            var user = Ids.UserId(agent);
            var authenticated = shape.DataEnd - prng.Between(3600, 5 * Day);
            var seen = authenticated + prng.Between(60, shape.DataEnd - authenticated);
            list.Add(new CatalogItem(id, authenticated, seen, $"/users/{user}/sessions/{id}.json", new JsonObject
            {
                ["id"] = id,
                ["user_id"] = user,
                ["authenticated_at"] = Iso(authenticated),
                ["last_seen_at"] = Iso(seen),
            }));
        }

        return list;
    }

    private static List<(long Id, long Created, int Ticket)> Bookmarks(AccountShape shape)
    {
        var list = new List<(long, long, int)>();
        for (var b = 0; b < 3; b++)
        {
            list.Add((ConfigIds.Of(ConfigKind.Bookmark, b + 1), shape.DataEnd - ((3 - b) * Day), b * 5));
        }

        return list;
    }
}
