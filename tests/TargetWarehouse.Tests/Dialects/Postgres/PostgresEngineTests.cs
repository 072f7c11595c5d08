using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Dialects.Postgres;

public sealed class PostgresEngineTests
{
    [Fact]
    public async Task Two_targets_starting_at_once_on_one_new_schema_both_load_every_row()
    {
        // A race shows itself only now and then, so several fresh schemas are raced in turn.
        for (var round = 0; round < 5; round++)
        {
            await using var engine = new PostgresTestEngine();
            var runs = await Task.WhenAll(
                Task.Run(() => TargetRunner.RunAsync(engine, Input(first: 0, extraColumn: false))),
                Task.Run(() => TargetRunner.RunAsync(engine, Input(first: 100, extraColumn: true))));

            runs[0].ExitCode.ShouldBe(0, runs[0].Error);
            runs[1].ExitCode.ShouldBe(0, runs[1].Error);
            for (var stream = 0; stream < 10; stream++)
            {
                (await engine.CountAsync($"stream_{stream}")).ShouldBe(4);
            }
        }
    }

    private static string Input(int first, bool extraColumn)
    {
        var messages = new List<JsonObject>();
        for (var stream = 0; stream < 10; stream++)
        {
            var properties = new JsonObject { ["id"] = Type("integer"), ["status"] = Type("null", "string") };
            if (extraColumn)
            {
                properties["extra"] = Type("null", "string");
            }

            messages.Add(Schema($"stream_{stream}", properties, "id"));
            messages.Add(Record($"stream_{stream}", new() { ["id"] = first + 1, ["status"] = "a" }));
            messages.Add(Record($"stream_{stream}", new() { ["id"] = first + 2, ["status"] = "b" }));
        }

        return Lines(messages);
    }
}
