using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>The Singer messages a tap run wrote, parsed, with helpers to look at records by stream.</summary>
internal sealed class TapOutput
{
    public TapOutput(int exitCode, byte[] stdout, string stderr, bool messages = true)
    {
        ExitCode = exitCode;
        Stderr = stderr;
        Text = Encoding.UTF8.GetString(stdout);
        foreach (var line in messages ? Text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [])
        {
            var message = JsonNode.Parse(line)!.AsObject();
            Messages.Add(message);
        }
    }

    public int ExitCode { get; }

    public string Stderr { get; }

    public string Text { get; }

    public List<JsonObject> Messages { get; } = [];

    public IEnumerable<JsonObject> OfType(string type) => Messages.Where(m => m["type"]!.GetValue<string>() == type);

    public IEnumerable<JsonObject> Records(string stream) =>
        OfType("RECORD").Where(m => m["stream"]!.GetValue<string>() == stream).Select(m => m["record"]!.AsObject());

    public IEnumerable<string> RecordStreams => OfType("RECORD").Select(m => m["stream"]!.GetValue<string>()).Distinct();

    public List<long> Ids(string stream, string key = "id") => [.. Records(stream).Select(r => r[key]!.GetValue<long>())];

    public Dictionary<string, int> CountsByStream() =>
        OfType("RECORD").GroupBy(m => m["stream"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The value of the last STATE message, or null when there was none.</summary>
    public JsonObject? LastState => OfType("STATE").LastOrDefault()?["value"]?.AsObject();

    public JsonObject? SchemaOf(string stream) =>
        OfType("SCHEMA").FirstOrDefault(m => m["stream"]!.GetValue<string>() == stream)?["schema"]?.AsObject();

    public int IndexOfFirst(string type, string stream) =>
        Messages.FindIndex(m => m["type"]!.GetValue<string>() == type && m["stream"]?.GetValue<string>() == stream);

    public string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
