using System.Text.Json.Nodes;

namespace Zendesk.Singer.Bench;

/// <summary>The tap's <c>batch_config</c> for a bench run (compiled into each bench that writes BATCH files).</summary>
internal static class TapBatchConfig
{
    /// <param name="compression">gzip or none.</param>
    public static JsonObject For(string root, string prefix, string compression = "gzip") => new()
    {
        ["encoding"] = new JsonObject { ["format"] = "jsonl", ["compression"] = compression },
        ["storage"] = new JsonObject { ["root"] = root, ["prefix"] = prefix },
    };
}
