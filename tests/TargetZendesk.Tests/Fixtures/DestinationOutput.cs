using System.Text.Json.Nodes;

namespace Zendesk.Singer.Destination.Tests.Fixtures;

/// <summary>What a target run wrote: its exit code, its stdout (STATE messages, or a dry run's lines), its stderr and the rejects file.</summary>
internal sealed record DestinationOutput(int ExitCode, string Stdout, string Stderr, IReadOnlyList<JsonObject> Rejects)
{
    public IReadOnlyList<JsonObject> Lines =>
        [.. Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];

    /// <summary>The values of the STATE messages written, in order.</summary>
    public IReadOnlyList<JsonNode> States =>
        [.. Lines.Where(l => l["type"]?.GetValue<string>() == "STATE").Select(l => l["value"]!)];
}
