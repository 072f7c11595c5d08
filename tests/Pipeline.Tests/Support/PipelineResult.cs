using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>How one <c>tap-zendesk | target-warehouse</c> run ended, and what each side printed.</summary>
internal sealed record PipelineResult(int TapExitCode, string TapErrors, int TargetExitCode, string TargetOutput, string TargetErrors, string Capture)
{
    public bool Succeeded => TapExitCode == 0 && TargetExitCode == 0;

    /// <summary>The STATE lines the target printed, each only after everything before it was committed.</summary>
    public IReadOnlyList<string> StateLines => TargetOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The value of the last whole STATE line: what a user saves as the next run's --state.</summary>
    public JsonObject? LastState
    {
        get
        {
            // A target killed while writing can leave half a line at the end; the line before it stands.
            var whole = TargetOutput.EndsWith('\n') ? StateLines : StateLines.SkipLast(1);
            return whole.LastOrDefault() is { } line ? JsonNode.Parse(line)!["value"]?.AsObject() : null;
        }
    }

    /// <summary>The RECORDs the tap wrote for <paramref name="stream"/>, read from the copy of the pipe.</summary>
    public IReadOnlyList<JsonObject> Emitted(string stream) =>
        [.. File.ReadLines(Capture)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Where(m => (string?)m["type"] == "RECORD" && (string?)m["stream"] == stream)
            .Select(m => m["record"]!.AsObject())];

    public string Describe() =>
        $"tap-zendesk exit code {TapExitCode}, target-warehouse exit code {TargetExitCode}{Environment.NewLine}"
        + $"tap-zendesk stderr:{Environment.NewLine}{ProcessResult.Tail(TapErrors)}{Environment.NewLine}"
        + $"target-warehouse stderr:{Environment.NewLine}{ProcessResult.Tail(TargetErrors)}";
}
