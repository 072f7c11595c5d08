using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data.Routing;

namespace Zendesk.Simulator.Json;

/// <summary>Writes the skill-based routing records the routing endpoints serve.</summary>
internal static class RoutingJson
{
    /// <summary>An item of the instance values export: the agent's or ticket's id as a string, as Zendesk sends it.</summary>
    public static void WriteInstanceValue(Utf8JsonWriter w, SkillEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Assignment.Id);
        w.WriteString("attribute_value_id", e.Assignment.ValueId);
        w.WriteString("instance_id", e.Assignment.InstanceId.ToString(CultureInfo.InvariantCulture));
        w.Iso("time", e.Time);
        w.WriteString("type", e.Type);
        w.WriteEndObject();
    }

    /// <summary>The answer of the definitions endpoint: one object with the two condition lists.</summary>
    public static void WriteDefinitions(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("definitions");
        Conditions(w, "conditions_all", RoutingDefinitions.All);
        Conditions(w, "conditions_any", RoutingDefinitions.Any);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteCondition(Utf8JsonWriter w, (string Subject, string Title) condition)
    {
        w.WriteStartObject();
        w.WriteString("subject", condition.Subject);
        w.WriteString("title", condition.Title);
        w.WriteEndObject();
    }

    private static void Conditions(Utf8JsonWriter w, string name, IReadOnlyList<(string Subject, string Title)> conditions)
    {
        w.WriteStartArray(name);
        foreach (var condition in conditions)
        {
            WriteCondition(w, condition);
        }

        w.WriteEndArray();
    }
}
