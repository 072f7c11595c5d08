using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

internal static partial class ConfigGenerator
{
    private static (List<CatalogItem> Attributes, Dictionary<string, IReadOnlyList<CatalogItem>> Values) Routing(AccountShape shape)
    {
        (string Name, string[] Values)[] skills = [("Language", ["English", "German", "French"]), ("Product", ["Billing", "API", "Mobile app"])];
        var attributes = new List<CatalogItem>();
        var values = new Dictionary<string, IReadOnlyList<CatalogItem>>(StringComparer.Ordinal);
        for (var a = 0; a < skills.Length; a++)
        {
            var n = ConfigIds.Of(ConfigKind.RoutingAttribute, a + 1);
            var id = Uuid(shape.Seed, n);
            var created = shape.DataStart - (80 * Day) + (a * Day);
            attributes.Add(Item(n, created, created + (a * 3600), $"/routing/attributes/{id}.json", new JsonObject
            {
                ["id"] = id,
                ["name"] = skills[a].Name,
            }));
            var own = new List<CatalogItem>();
            for (var v = 0; v < skills[a].Values.Length; v++)
            {
                var m = ConfigIds.Of(ConfigKind.RoutingAttributeValue, (a * 100L) + v + 1);
                var valueId = Uuid(shape.Seed, m);
                var at = created + ((v + 1) * Day);
                own.Add(Item(m, at, at + (v * 600), $"/routing/attributes/{id}/values/{valueId}.json", new JsonObject
                {
                    ["id"] = valueId,
                    ["name"] = skills[a].Values[v],
                    ["attribute_id"] = id,
                }));
            }

            values[id] = own;
        }

        return (attributes, values);
    }

    /// <summary>A UUID-shaped id derived from the seed, as Zendesk gives routing attributes and their values.</summary>
    internal static string Uuid(int seed, long n)
    {
        var high = Prng.Mix((ulong)n ^ ((ulong)seed << 32));
        var low = Prng.Mix(high + (ulong)n);
        var hex = high.ToString("x16", CultureInfo.InvariantCulture) + low.ToString("x16", CultureInfo.InvariantCulture);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
