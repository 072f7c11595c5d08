using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>BATCH messages, whose records come in JSON-lines files, written once and run against both engines.</summary>
public abstract class BatchMessageTests(EngineKind engineKind)
{
    private static readonly JsonObject Properties = new()
    {
        ["id"] = Type("integer"),
        ["status"] = Type("null", "string"),
        ["score"] = Type("null", "number"),
        ["public"] = Type("null", "boolean"),
        ["count"] = Type("null", "integer"),
        ["updated_at"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["format"] = "date-time" },
        ["due"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["format"] = "date" },
        ["via"] = new JsonObject
        {
            ["type"] = new JsonArray("null", "object"),
            ["properties"] = new JsonObject { ["channel"] = Type("null", "string"), ["source"] = Type("null", "object"), ["rank"] = Type("null", "integer") },
        },
        ["tags"] = Type("null", "array"),
        ["custom"] = Type("null", "object"),
    };

    private static readonly JsonObject DeletionProperties = new()
    {
        ["id"] = Type("integer"),
        ["status"] = Type("null", "string"),
        ["_sdc_deleted_at"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["format"] = "date-time" },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Records_sent_in_batch_files_give_the_same_table_as_the_same_records_sent_as_records(bool flattening)
    {
        await using var byRecords = TestEngine.Create(engineKind);
        await using var byFiles = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var settings = new JsonObject { ["flattening_enabled"] = flattening };
        var schema = Schema("tickets", Properties.DeepClone().AsObject(), "id");
        var records = Enumerable.Range(1, 12).Select(Varied).ToList();

        var recordRun = await TargetRunner.RunAsync(byRecords, Lines([schema, .. records.Select(r => Record("tickets", r.DeepClone().AsObject()))]), settings.DeepClone().AsObject());
        var fileRun = await TargetRunner.RunAsync(
            byFiles,
            Lines(
                schema,
                files.Batch("tickets", gzip: true, [records[..3], records[3..5]]),
                files.Batch("tickets", gzip: false, [records[5..9]]),
                files.Batch("tickets", gzip: true, [records[9..]])),
            settings.DeepClone().AsObject());

        recordRun.ExitCode.ShouldBe(0, recordRun.Error);
        fileRun.ExitCode.ShouldBe(0, fileRun.Error);
        var expected = await byRecords.DumpAsync("tickets");
        var actual = await byFiles.DumpAsync("tickets");
        actual.Columns.ShouldBe(expected.Columns);
        actual.RowTexts().ShouldBe(expected.RowTexts());
        actual.Rows.Count.ShouldBe(12);
    }

    [Fact]
    public async Task Duplicate_keys_across_files_and_batches_end_with_the_last_record_whether_uris_are_absolute_or_relative()
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                schema,
                files.Batch("tickets", gzip: true, [[Status(1, "a"), Status(2, "a"), Status(1, "b")], [Status(2, "b"), Status(3, "a")]]),
                files.Batch("tickets", gzip: false, [[Status(3, "c"), Status(1, "c")]], relative: true)));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(["1|c|", "2|b|", "3|c|"]);
    }

    [Fact]
    public async Task Append_only_appends_every_record_of_the_files()
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("events", DeletionProperties.DeepClone().AsObject());

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, files.Batch("events", gzip: true, [[Status(1, "a"), Status(1, "b")], [Status(2, "a")]]), State(1)),
            new JsonObject { ["load_method"] = "append-only" });

        result.ExitCode.ShouldBe(0, result.Error);
        result.StateText.ShouldBe("{\"n\":1}");
        (await engine.DumpAsync("events")).RowTexts().ShouldBe(["1|a|", "1|b|", "2|a|"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_record_with_a_deletion_time_deletes_its_row_or_marks_it_deleted(bool hardDelete)
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");
        var deleted = Status(1, "gone");
        deleted["_sdc_deleted_at"] = "2025-01-01T00:00:00Z";

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, files.Batch("tickets", gzip: true, [[Status(1, "a"), Status(2, "a")]]), files.Batch("tickets", gzip: false, [[deleted]])),
            new JsonObject { ["hard_delete"] = hardDelete });

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(hardDelete ? ["2|a|"] : ["1|gone|2025-01-01T00:00:00.000000Z", "2|a|"]);
    }

    [Fact]
    public async Task Activate_version_retires_the_rows_of_older_batch_versions()
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                schema,
                files.Batch("tickets", gzip: true, [[Status(1, "a"), Status(2, "a")]], version: 1),
                ActivateVersion("tickets", 1),
                files.Batch("tickets", gzip: true, [[Status(2, "b"), Status(3, "b")]], version: 2),
                ActivateVersion("tickets", 2)),
            new JsonObject { ["hard_delete"] = true });

        result.ExitCode.ShouldBe(0, result.Error);
        var table = await engine.DumpAsync("tickets");
        table.Column("id").ShouldBe(["2", "3"]);
        table.Column("_sdc_table_version").ShouldBe(["2", "2"]);
    }

    [Fact]
    public async Task Records_before_a_batch_are_loaded_before_it_and_records_after_it_after()
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                schema,
                Record("tickets", Status(1, "record before")),
                Record("tickets", Status(2, "record before")),
                files.Batch("tickets", gzip: true, [[Status(1, "batch"), Status(2, "batch")]]),
                Record("tickets", Status(2, "record after"))));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(["1|batch|", "2|record after|"]);
    }

    [Fact]
    public async Task A_state_after_a_batch_follows_its_commit_and_a_refused_batch_lets_no_later_state_out()
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");
        var bad = files.WriteLines(["{\"id\":5,\"status\":\"fine\"}", "{\"id\":\"six\",\"status\":\"bad\"}"], gzip: true);

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                schema,
                files.Batch("tickets", gzip: true, [[Status(1, "a")]]),
                State(1),
                RawBatch("tickets", "file://" + bad),
                State(2)));

        result.ExitCode.ShouldBe(1);
        result.StateText.ShouldBe("{\"n\":1}");
        result.Error.ShouldContain($"line 4: stream \"tickets\": file://{bad} line 2: field \"id\"");
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(["1|a|"]);
    }

    [Fact]
    public async Task A_value_the_engine_refuses_is_named_by_file_line_and_field_with_validation_off()
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", Properties.DeepClone().AsObject(), "id");
        var bad = files.WriteLines(["{\"id\":1}", "{\"id\":2}", "{\"id\":3,\"public\":{\"not\":\"a boolean\"}}"], gzip: false);

        var result = await TargetRunner.RunAsync(engine, Lines(schema, RawBatch("tickets", bad, "none"), State(1)), new JsonObject { ["validate_records"] = false });

        result.ExitCode.ShouldBe(1);
        result.StateText.ShouldBeEmpty();
        result.Error.ShouldContain($"line 2: stream \"tickets\": {bad} line 3: field \"public\"");
    }

    [Fact]
    public async Task Consecutive_batches_of_a_stream_load_in_one_commit_and_each_keeps_its_own_sequence()
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                schema,
                files.Batch("tickets", gzip: true, [[Status(1, "a"), Status(2, "a")], [Status(3, "a")]]),
                files.Batch("tickets", gzip: true, [[Status(4, "a")]]),
                files.Batch("tickets", gzip: true, [[Status(2, "b")]]),
                State(1),
                files.Batch("tickets", gzip: true, [[Status(5, "a")]])),
            new JsonObject { ["add_record_metadata"] = true });

        result.ExitCode.ShouldBe(0, result.Error);
        result.StateText.ShouldBe("{\"n\":1}");
        result.Error.ShouldContain("tickets: 5 records from 4 BATCH files (3 BATCH messages, lines 2-4)");
        result.Error.ShouldContain("tickets: 1 records from 1 BATCH files (line 6)");
        var table = await engine.DumpAsync("tickets");
        table.Column("status").ShouldBe(["a", "b", "a", "a", "a"]);
        var line = TargetRunner.Now.ToUnixTimeMilliseconds() * 1_000_000;
        table.Column("_sdc_sequence").ShouldBe([.. new[] { 2, 4, 2, 3, 6 }.Select(n => (line + n).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_record_refused_in_one_of_consecutive_batches_stops_there_and_the_batches_before_it_are_loaded(bool validate)
    {
        await using var engine = TestEngine.Create(engineKind);
        using var files = new BatchFileWriter();
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");
        var bad = files.WriteLines(["{\"id\":5,\"status\":\"fine\"}", "{\"id\":\"six\",\"status\":\"bad\"}"], gzip: true);

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                schema,
                State(1),
                files.Batch("tickets", gzip: true, [[Status(1, "a")]]),
                files.Batch("tickets", gzip: true, [[Status(2, "a")]]),
                RawBatch("tickets", "file://" + bad),
                files.Batch("tickets", gzip: true, [[Status(7, "a")]]),
                State(2)),
            new JsonObject { ["validate_records"] = validate });

        result.ExitCode.ShouldBe(1);
        result.StateText.ShouldBe("{\"n\":1}");
        result.Error.ShouldContain($"line 5: stream \"tickets\": file://{bad} line 2: field \"id\"");
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(["1|a|", "2|a|"]);
    }

    [Theory]
    [InlineData("s3://bucket/part-1.jsonl.gz", "is not a local file")]
    [InlineData("file:///nowhere/part-1.jsonl.gz", "does not exist")]
    public async Task A_file_that_cannot_be_read_here_stops_the_run_naming_the_line_stream_and_uri(string uri, string problem)
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");

        var result = await TargetRunner.RunAsync(engine, Lines(schema, Record("tickets", Status(1, "a")), State(1), RawBatch("tickets", uri), State(2)));

        result.ExitCode.ShouldBe(1);
        result.StateText.ShouldBe("{\"n\":1}");
        result.Error.ShouldContain($"line 4: stream \"tickets\": BATCH file {uri} {problem}");
        (await engine.DumpAsync("tickets")).RowTexts().ShouldBe(["1|a|"]);
    }

    [Fact]
    public async Task An_unknown_format_stops_the_run_naming_the_line_and_stream()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = Schema("tickets", DeletionProperties.DeepClone().AsObject(), "id");
        var batch = RawBatch("tickets", "file:///x.parquet");
        batch["encoding"]!["format"] = "parquet";

        var result = await TargetRunner.RunAsync(engine, Lines(schema, batch));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 2: stream \"tickets\": BATCH encoding format \"parquet\" is not supported");
    }

    private static JsonObject Status(int id, string status) => new() { ["id"] = id, ["status"] = status };

    private static JsonObject RawBatch(string stream, string uri, string compression = "gzip") => new()
    {
        ["type"] = "BATCH",
        ["stream"] = stream,
        ["encoding"] = new JsonObject { ["format"] = "jsonl", ["compression"] = compression },
        ["manifest"] = new JsonArray(uri),
    };

    /// <summary>Records of every kind of value: text with escapes and other scripts, nulls, properties left out, nested values.</summary>
    private static JsonObject Varied(int id)
    {
        var record = new JsonObject { ["id"] = id, ["status"] = id % 4 == 0 ? null : $"s{id} \"quoted\" \\ tab\t line\n café 日本 😀" };
        if (id % 3 != 0)
        {
            record["score"] = id * 1.25;
            record["public"] = id % 2 == 0;
            record["count"] = id % 5 == 0 ? 1.0 * id : id * 1000L;
            record["updated_at"] = id % 2 == 0 ? $"2024-01-{id:00}T10:11:12Z" : $"2024-01-{id:00}T10:11:12.345+02:00";
            record["due"] = $"2024-02-{id:00}";
            record["via"] = id % 5 == 0 ? null : new JsonObject { ["channel"] = id % 2 == 0 ? "web" : null, ["source"] = new JsonObject { ["from"] = new JsonObject { ["name"] = $"n{id}" } }, ["rank"] = id };
            record["tags"] = new JsonArray("a", $"t{id}", JsonValue.Create(id));
            record["custom"] = new JsonObject { ["k"] = new JsonArray(1, 2.5, true, null, "ü") };
        }

        return record;
    }
}
