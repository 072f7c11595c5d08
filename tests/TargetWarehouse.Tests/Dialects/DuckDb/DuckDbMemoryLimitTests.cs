using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Dialects.DuckDb;

public sealed class DuckDbMemoryLimitTests
{
    [Fact]
    public async Task A_batch_that_does_not_fit_the_configured_memory_limit_fails_with_advice_and_keeps_what_came_before()
    {
        await using var engine = new DuckDbTestEngine();
        var text = new string('x', 20_000);
        var messages = new List<JsonObject>
        {
            Schema("notes", new JsonObject { ["id"] = Type("integer"), ["body"] = Type("string", "null") }, "id"),
        };
        messages.AddRange(Enumerable.Range(1, 500).Select(id => Record("notes", new JsonObject { ["id"] = id, ["body"] = "short" })));
        messages.Add(State(1));
        messages.AddRange(Enumerable.Range(501, 4_000).Select(id => Record("notes", new JsonObject { ["id"] = id, ["body"] = text + id })));
        messages.Add(State(2));
        var settings = new JsonObject { ["duckdb_memory_limit_mb"] = 16, ["batch_size_rows"] = 500 };

        var result = await TargetRunner.RunAsync(engine, Lines(messages), settings);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("DuckDB ran out of memory under duckdb_memory_limit_mb (16): raise it, or remove it to let the target size the limit");
        result.Error.ShouldNotContain("Duplicate key");
        result.Error.ShouldNotContain("Possible solutions");
        result.StateText.ShouldBe("""{"n":1}""");
        (await engine.CountAsync("notes")).ShouldBeGreaterThanOrEqualTo(500);
    }
}
