using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>
/// A run stopped anywhere and resumed from the last STATE it printed stores no row twice, on each
/// engine: the records a resumed tap sends again are recognised as already stored.
/// </summary>
public abstract class ExactlyOnceTests(EngineKind engineKind)
{
    private static readonly JsonObject AppendOnly = new() { ["load_method"] = "append-only" };

    private static readonly JsonObject AuditProperties = new()
    {
        ["id"] = Type("integer"),
        ["ticket_id"] = Type("integer"),
        ["body"] = Type("null", "string"),
        ["via"] = Type("null", "object"),
    };

    [Fact]
    public async Task A_keyed_append_only_stream_sent_again_after_a_resume_stores_each_record_once()
    {
        await using var engine = TestEngine.Create(engineKind);
        var first = await TargetRunner.RunAsync(engine, Lines([Schema("ticket_audits", Properties(), "id"), .. Audits(1, 5, "first"), State(1)]), AppendOnly);
        first.ExitCode.ShouldBe(0, first.Error);

        var resumed = await TargetRunner.RunAsync(engine, Lines([Schema("ticket_audits", Properties(), "id"), .. Audits(3, 7, "first"), State(2)]), AppendOnly);

        resumed.ExitCode.ShouldBe(0, resumed.Error);
        resumed.Error.ShouldContain("3 already stored");
        var table = await engine.DumpAsync("ticket_audits");
        table.Rows.Select(r => r[0]).ShouldBe(["1", "2", "3", "4", "5", "6", "7"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_new_version_of_an_appended_record_is_stored_beside_the_old_one()
    {
        await using var engine = TestEngine.Create(engineKind);
        await TargetRunner.RunAsync(engine, Lines([Schema("ticket_audits", Properties(), "id"), .. Audits(1, 2, "first")]), AppendOnly);

        var second = await TargetRunner.RunAsync(engine, Lines([Schema("ticket_audits", Properties(), "id"), .. Audits(2, 2, "edited")]), AppendOnly);

        second.ExitCode.ShouldBe(0, second.Error);
        var table = await engine.DumpAsync("ticket_audits");
        table.Rows.Select(r => $"{r[0]}|{r[2]}").ShouldBe(["1|first", "2|first", "2|edited"], ignoreOrder: true);
    }

    [Fact]
    public async Task Records_sent_again_in_a_batch_of_new_ones_are_told_apart_row_by_row()
    {
        await using var engine = TestEngine.Create(engineKind);
        await TargetRunner.RunAsync(engine, Lines([Schema("ticket_audits", Properties(), "id"), .. Audits(1, 40, "first")]), AppendOnly);

        var resumed = await TargetRunner.RunAsync(
            engine,
            Lines([Schema("ticket_audits", Properties(), "id"), .. Audits(31, 60, "first"), .. Audits(61, 120, "first")]),
            new JsonObject { ["load_method"] = "append-only", ["batch_size_rows"] = 25 });

        resumed.ExitCode.ShouldBe(0, resumed.Error);
        var ids = (await engine.DumpAsync("ticket_audits")).Rows.Select(r => r[0]).ToList();
        ids.Count.ShouldBe(120);
        ids.Distinct().Count().ShouldBe(120);
    }

    [Fact]
    public async Task A_stream_without_keys_commits_no_row_that_the_state_printed_at_the_time_does_not_cover()
    {
        await using var engine = TestEngine.Create(engineKind);
        var messages = new List<JsonObject> { Schema("log_lines", Properties(), []) };
        var n = 0;
        foreach (var stretch in new[] { 2, 3, 1, 4, 2, 5, 1 })
        {
            messages.AddRange(Audits(n + 1, n + stretch, "line", "log_lines"));
            n += stretch;
            messages.Add(State(n));
        }

        var spy = new StateSpyStream(() => Task.Run(() => engine.CountAsync("log_lines")).GetAwaiter().GetResult());
        var result = await TargetRunner.RunAsync(engine, Lines(messages), new JsonObject { ["batch_size_rows"] = 3 }, spy);

        result.ExitCode.ShouldBe(0, result.Error);
        spy.Lines.Count.ShouldBeGreaterThan(3);
        foreach (var (line, rows) in spy.Lines)
        {
            rows.ShouldBe(JsonNode.Parse(line)!["value"]!["n"]!.GetValue<int>(), $"rows in the table when {line} was printed");
        }
    }

    [Fact]
    public async Task Rows_without_keys_and_without_a_state_for_longer_than_a_batch_are_set_aside_and_stored_once_a_state_covers_them()
    {
        await using var engine = TestEngine.Create(engineKind);
        List<JsonObject> messages = [Schema("log_lines", Properties(), []), .. Audits(1, 11, "line", "log_lines"), State(11), .. Audits(12, 13, "line", "log_lines")];

        var spy = new StateSpyStream(() => Task.Run(() => engine.CountAsync("log_lines")).GetAwaiter().GetResult());
        var result = await TargetRunner.RunAsync(engine, Lines(messages), new JsonObject { ["batch_size_rows"] = 4 }, spy);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("4 rows set aside until a STATE covers them");
        spy.Lines.Select(l => l.RowsCommitted).ShouldBe([11]);
        var ids = (await engine.DumpAsync("log_lines")).Rows.Select(r => r[0]).ToList();
        ids.ShouldBe([.. Enumerable.Range(1, 13).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], ignoreOrder: true);
    }

    private static JsonObject Properties() => AuditProperties.DeepClone().AsObject();

    private static IEnumerable<JsonObject> Audits(int from, int to, string body, string stream = "ticket_audits") =>
        Enumerable.Range(from, to - from + 1).Select(id => Record(stream, new JsonObject
        {
            ["id"] = id,
            ["ticket_id"] = 100 + (id % 3),
            ["body"] = body,
            ["via"] = new JsonObject { ["channel"] = "web", ["source"] = new JsonObject { ["rel"] = null } },
        }));
}
