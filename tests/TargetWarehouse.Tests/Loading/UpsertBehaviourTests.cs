using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>How records of existing keys change their rows, written once and run against both engines.</summary>
public abstract class UpsertBehaviourTests(EngineKind engineKind)
{
    private static readonly JsonObject Properties = new()
    {
        ["id"] = Type("integer"),
        ["status"] = Type("null", "string"),
        ["details"] = new JsonObject { ["type"] = new JsonArray("null", "object"), ["properties"] = new JsonObject { ["a"] = Type("integer") } },
        ["score"] = Type("null", "integer"),
    };

    [Fact]
    public async Task An_update_applies_every_changed_value_and_leaves_an_identical_record_as_it_was_reported_unchanged()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = Schema("tickets", Properties.DeepClone().AsObject(), "id");
        await TargetRunner.RunAsync(engine, Lines([schema, .. Enumerable.Range(1, 4).Select(id => Ticket(id, "open", 1, 5))]));

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, Ticket(1, "open", 1, 5), Ticket(2, null, 1, 5), Ticket(3, "open", 2, 5), Ticket(4, "open", 1, null), Ticket(5, "new", 1, 5)));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("(1 inserted, 3 updated, 0 appended, 1 unchanged)");
        result.Error.ShouldMatch(@"tickets\s+tickets\s+5\s+1\s+3\s+1\s+0\s+0\s");
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(
            ["1|open|{\"a\":1}|5", "2||{\"a\":1}|5", "3|open|{\"a\":2}|5", "4|open|{\"a\":1}|", "5|new|{\"a\":1}|5"]);
    }

    [Fact]
    public async Task An_update_keeps_the_values_of_columns_the_stream_no_longer_sends()
    {
        await using var engine = TestEngine.Create(engineKind);
        var before = new JsonObject { ["id"] = Type("integer"), ["status"] = Type("null", "string"), ["legacy"] = Type("null", "string") };
        await TargetRunner.RunAsync(engine, Lines(Schema("users", before, "id"), Record("users", new() { ["id"] = 1, ["status"] = "open", ["legacy"] = "kept" })));

        var after = new JsonObject { ["id"] = Type("integer"), ["status"] = Type("null", "string") };
        var result = await TargetRunner.RunAsync(engine, Lines(Schema("users", after, "id"), Record("users", new() { ["id"] = 1, ["status"] = "solved" }), Record("users", new() { ["id"] = 2, ["status"] = "new" })));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("users")).RowTexts().ShouldBe(["1|solved|kept", "2|new|"]);
    }

    [Fact]
    public async Task Keys_updated_again_by_later_batches_and_runs_end_with_their_last_record()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = Schema("tickets", Properties.DeepClone().AsObject(), "id");
        for (var run = 0; run < 2; run++)
        {
            var messages = new List<JsonObject> { schema };
            for (var round = 0; round < 4; round++)
            {
                messages.AddRange(Enumerable.Range(1, 3).Select(id => Ticket(id, $"r{run}.{round}", round, id)));
            }

            var result = await TargetRunner.RunAsync(engine, Lines(messages), new JsonObject { ["batch_size_rows"] = 3 });
            result.ExitCode.ShouldBe(0, result.Error);
        }

        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(
            ["1|r1.3|{\"a\":3}|1", "2|r1.3|{\"a\":3}|2", "3|r1.3|{\"a\":3}|3"]);
    }

    [Fact]
    public async Task A_batch_bringing_back_a_key_of_an_earlier_batch_of_the_run_updates_it_as_do_the_batches_after()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = Schema("tickets", Properties.DeepClone().AsObject(), "id");

        // Batches of two rows: keys 1-2, 3-4, then 2 again with 5, then 3 again with 6.
        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, Ticket(1, "a", 1, 1), Ticket(2, "a", 1, 1), Ticket(3, "a", 1, 1), Ticket(4, "a", 1, 1), Ticket(2, "b", 2, 2), Ticket(5, "a", 1, 1), Ticket(3, "c", 3, 3), Ticket(6, "a", 1, 1), State(1)),
            new JsonObject { ["batch_size_rows"] = 2 });

        result.ExitCode.ShouldBe(0, result.Error);
        Regex.Matches(result.Error, @"committed 2 rows to \S+ \((\d) inserted, (\d) updated").Select(m => m.Groups[1].Value + "+" + m.Groups[2].Value).ShouldBe(["2+0", "2+0", "1+1", "1+1"]);
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(
            ["1|a|{\"a\":1}|1", "2|b|{\"a\":2}|2", "3|c|{\"a\":3}|3", "4|a|{\"a\":1}|1", "5|a|{\"a\":1}|1", "6|a|{\"a\":1}|1"]);
        result.States.Single()!["n"]!.GetValue<int>().ShouldBe(1);
    }

    private static JsonObject Ticket(int id, string? status, int a, int? score) =>
        Record("tickets", new() { ["id"] = id, ["status"] = status, ["details"] = new JsonObject { ["a"] = a }, ["score"] = score });
}
