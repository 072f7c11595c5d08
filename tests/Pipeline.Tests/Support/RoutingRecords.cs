using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Data.Routing;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// Skill-based routing beyond the attribute lists: every condition definition with the list it is in,
/// and every agent skill event the instance values export holds up to its floor, one row each (its
/// ticket events are not agents' and are not synced).
/// </summary>
internal static class RoutingRecords
{
    public static IReadOnlyList<string> Streams { get; } = ["routing_attribute_definitions", "routing_agent_attribute_values"];

    public static void Add(Dictionary<string, List<JsonObject>> streams, Account account)
    {
        foreach (var (condition, list) in new[] { ("all", RoutingDefinitions.All), ("any", RoutingDefinitions.Any) })
        {
            foreach (var definition in list)
            {
                var record = Rendered.Object(w => RoutingJson.WriteCondition(w, definition));
                record["condition"] = condition;
                streams["routing_attribute_definitions"].Add(record);
            }
        }

        foreach (var e in account.RoutingSkills.Events(account.ExportFloor).Where(e => !e.Assignment.Ticket))
        {
            streams["routing_agent_attribute_values"].Add(Rendered.Object(w => RoutingJson.WriteInstanceValue(w, e)));
        }
    }
}
