using System.Text.Json.Nodes;

namespace Zendesk.Singer.Destination.Tests.Fixtures;

/// <summary>Singer lines of the three default streams, written as the tests read best.</summary>
internal static class Records
{
    public static string Identify(string record) => Line("identifies", record);

    public static string Group(string record) => Line("groups", record);

    public static string Track(string record) => Line("tracks", record);

    public static string Line(string stream, string record) =>
        new JsonObject { ["type"] = "RECORD", ["stream"] = stream, ["record"] = JsonNode.Parse(record) }.ToJsonString();

    public static string State(int position) => new JsonObject { ["type"] = "STATE", ["value"] = new JsonObject { ["position"] = position } }.ToJsonString();
}
