using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Cli;

public sealed class UnwritableOutputTests
{
    [Fact]
    public async Task A_state_that_cannot_be_written_ends_the_run_with_exit_code_1_and_a_message_rather_than_a_crash()
    {
        await using var engine = TestEngine.Create(EngineKind.DuckDb);
        var closed = new MemoryStream();
        await closed.DisposeAsync();
        var input = TargetRunner.Lines(
            new JsonObject
            {
                ["type"] = "SCHEMA",
                ["stream"] = "users",
                ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "integer" } } },
                ["key_properties"] = new JsonArray("id"),
            },
            new JsonObject { ["type"] = "RECORD", ["stream"] = "users", ["record"] = new JsonObject { ["id"] = 1 } },
            new JsonObject { ["type"] = "STATE", ["value"] = new JsonObject { ["bookmarks"] = new JsonObject() } });

        var result = await TargetRunner.RunAsync(engine, input, output: closed);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("could not be written to stdout");
        result.Error.ShouldNotContain("   at ");
    }
}
