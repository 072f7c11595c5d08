using System.Text.Json.Nodes;

namespace Zendesk.Singer.Target.Tests.Support;

internal sealed record TargetResult(int ExitCode, IReadOnlyList<string> Output, string Error)
{
    /// <summary>The values of the STATE messages written to stdout, which must carry nothing else.</summary>
    public IReadOnlyList<JsonNode?> States =>
    [
        .. Output.Select(line =>
        {
            var message = JsonNode.Parse(line)!.AsObject();
            message["type"]!.GetValue<string>().ShouldBe("STATE", $"stdout carries only STATE messages, found: {line}");
            return message["value"];
        }),
    ];

    public string StateText => string.Join("\n", States.Select(s => s?.ToJsonString()));
}
