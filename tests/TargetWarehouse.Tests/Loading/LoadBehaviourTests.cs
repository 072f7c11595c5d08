using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>
/// The target's behaviour, written once and run against a real DuckDB file and a real PostgreSQL
/// server by the engine-specific subclasses. Every test drives the program's entry point.
/// </summary>
public abstract class LoadBehaviourTests(EngineKind engineKind)
{
    private static readonly JsonObject TicketProperties = new()
    {
        ["id"] = Type("integer"),
        ["status"] = Type("null", "string"),
    };

    [Fact]
    public async Task Writes_each_state_only_after_the_rows_before_it_are_committed()
    {
        await using var engine = TestEngine.Create(engineKind);
        var messages = new List<JsonObject> { TicketSchema("tickets", "id") };
        for (var i = 1; i <= 10; i++)
        {
            messages.Add(Ticket("tickets", i, "open"));
            messages.Add(State(i));
        }

        var spy = new StateSpyStream(() => Task.Run(() => engine.CountAsync("tickets")).GetAwaiter().GetResult());
        var result = await TargetRunner.RunAsync(engine, Lines(messages), new JsonObject { ["batch_size_rows"] = 3 }, spy);

        result.ExitCode.ShouldBe(0, result.Error);
        var states = spy.Lines.Select(l => JsonNode.Parse(l.Line)!["value"]!["n"]!.GetValue<int>()).ToList();

        // Batches close at records 3, 6 and 9: the newest STATE read by then goes out after that commit,
        // the STATE that follows the batch (nothing left uncommitted before it) right after it.
        states.ShouldBe([2, 3, 5, 6, 8, 9, 10]);
        spy.Lines.Select(l => l.RowsCommitted).ShouldBe([3, 3, 6, 6, 9, 9, 10]);
        spy.Lines.Zip(states).ShouldAllBe(p => p.First.RowsCommitted >= p.Second);
    }

    [Fact]
    public async Task A_second_run_updates_existing_rows_and_reports_what_it_inserted_and_updated()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = TicketSchema("tickets", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Ticket("tickets", 1, "new"), Ticket("tickets", 2, "new")));

        var second = await TargetRunner.RunAsync(engine, Lines(schema, Ticket("tickets", 2, "solved"), Ticket("tickets", 3, "new")));

        second.ExitCode.ShouldBe(0, second.Error);
        second.Error.ShouldContain("(1 inserted, 1 updated, 0 appended)");
        second.Error.ShouldMatch(@"tickets\s+tickets\s+2\s+1\s+1\s+0\s+0\s");
        var table = await engine.DumpAsync("tickets");
        table.RowTexts().ShouldBe(["1|new", "2|solved", "3|new"]);
    }

    [Fact]
    public async Task A_widened_type_in_a_later_run_alters_the_column_and_keeps_the_existing_values()
    {
        await using var engine = TestEngine.Create(engineKind);
        var first = new JsonObject { ["id"] = Type("integer"), ["score"] = Type("null", "integer"), ["code"] = Type("null", "integer") };
        await TargetRunner.RunAsync(engine, Lines(Schema("users", first, "id"), Record("users", new() { ["id"] = 1, ["score"] = 5, ["code"] = 7 })));

        var second = new JsonObject { ["id"] = Type("integer"), ["score"] = Type("null", "number"), ["code"] = Type("null", "string") };
        var result = await TargetRunner.RunAsync(engine, Lines(Schema("users", second, "id"), Record("users", new() { ["id"] = 2, ["score"] = 2.5, ["code"] = "B-2" })));

        result.ExitCode.ShouldBe(0, result.Error);
        var table = await engine.DumpAsync("users");
        table.Columns.ShouldBe([("id", "integer"), ("score", "number"), ("code", "text")]);
        table.RowTexts().ShouldBe(["1|5|7", "2|2.5|B-2"]);
    }

    [Fact]
    public async Task A_changed_key_is_refused_in_a_later_run_when_the_table_has_rows()
    {
        await using var engine = TestEngine.Create(engineKind);
        await TargetRunner.RunAsync(engine, Lines(TicketSchema("tickets", "id"), Ticket("tickets", 1, "new")));

        var result = await TargetRunner.RunAsync(engine, Lines(TicketSchema("tickets", "id", "status"), Ticket("tickets", 2, "new")));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 1: stream \"tickets\": key properties changed from (id) to (id, status)");
        (await engine.PrimaryKeyAsync("tickets")).ShouldBe(["id"]);
        (await engine.CountAsync("tickets")).ShouldBe(1);
    }

    [Fact]
    public async Task A_changed_key_recreates_a_table_that_has_no_rows()
    {
        await using var engine = TestEngine.Create(engineKind);
        await TargetRunner.RunAsync(engine, Lines(TicketSchema("tickets", "id")));

        var result = await TargetRunner.RunAsync(engine, Lines(TicketSchema("tickets", "id", "status"), Ticket("tickets", 1, "new")));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.PrimaryKeyAsync("tickets")).ShouldBe(["id", "status"]);
        (await engine.CountAsync("tickets")).ShouldBe(1);
    }

    [Fact]
    public async Task Overwrite_replaces_the_content_of_the_table_on_every_run()
    {
        await using var engine = TestEngine.Create(engineKind);
        var settings = new JsonObject { ["load_method"] = "overwrite" };
        var schema = TicketSchema("groups", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Ticket("groups", 1, "a"), Ticket("groups", 2, "b")), settings.DeepClone().AsObject());

        var result = await TargetRunner.RunAsync(engine, Lines(schema, Ticket("groups", 3, "c")), settings.DeepClone().AsObject());
        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("groups")).RowTexts().ShouldBe(["3|c"]);

        var empty = await TargetRunner.RunAsync(engine, Lines(schema), settings.DeepClone().AsObject());
        empty.ExitCode.ShouldBe(0, empty.Error);
        (await engine.CountAsync("groups")).ShouldBe(0);
    }

    [Fact]
    public async Task Overwrite_with_a_changed_key_recreates_the_table()
    {
        await using var engine = TestEngine.Create(engineKind);
        var settings = new JsonObject { ["stream_load_methods"] = new JsonObject { ["groups"] = "overwrite" } };
        await TargetRunner.RunAsync(engine, Lines(TicketSchema("groups", "id"), Ticket("groups", 1, "a")), settings.DeepClone().AsObject());

        var result = await TargetRunner.RunAsync(engine, Lines(TicketSchema("groups", "status"), Ticket("groups", 1, "b")), settings.DeepClone().AsObject());

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.PrimaryKeyAsync("groups")).ShouldBe(["status"]);
        (await engine.DumpAsync("groups")).RowTexts().ShouldBe(["1|b"]);
    }

    [Fact]
    public async Task Overwrite_keeps_the_old_content_when_the_run_fails_before_its_first_batch()
    {
        await using var engine = TestEngine.Create(engineKind);
        var settings = new JsonObject { ["load_method"] = "overwrite" };
        var schema = TicketSchema("groups", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Ticket("groups", 1, "a")), settings.DeepClone().AsObject());

        var result = await TargetRunner.RunAsync(engine, Lines(schema) + "{\"type\":\"RECORD\",\n", settings.DeepClone().AsObject());

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 2: invalid JSON");
        (await engine.DumpAsync("groups")).RowTexts().ShouldBe(["1|a"]);
    }

    [Fact]
    public async Task Activate_version_retires_only_rows_of_older_versions()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = TicketSchema("tags", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Ticket("tags", 1, "old"), Ticket("tags", 2, "old")));

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, ActivateVersion("tags", 7), Ticket("tags", 2, "v7", 7), Ticket("tags", 3, "v7", 7), ActivateVersion("tags", 7)),
            new JsonObject { ["hard_delete"] = true });

        result.ExitCode.ShouldBe(0, result.Error);
        var table = await engine.DumpAsync("tags");
        table.Column("id").ShouldBe(["2", "3"]);
        table.Column("_sdc_table_version").ShouldBe(["7", "7"]);
    }

    [Fact]
    public async Task An_activate_version_before_the_streams_schema_is_accepted_and_the_records_after_it_are_loaded()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(ActivateVersion("tags", 7), TicketSchema("tags", "id"), Ticket("tags", 1, "v7", 7), ActivateVersion("tags", 7)));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("tags: version 7 activated before the stream's SCHEMA (line 1)");
        var table = await engine.DumpAsync("tags");
        table.Column("id").ShouldBe(["1"]);
        table.Column("_sdc_table_version").ShouldBe(["7"]);
    }

    [Fact]
    public async Task Hard_delete_removes_the_rows_whose_record_carries_a_deletion_time()
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject { ["id"] = Type("integer"), ["_sdc_deleted_at"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["format"] = "date-time" } };
        var schema = Schema("users", properties, "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Record("users", new() { ["id"] = 1 }), Record("users", new() { ["id"] = 2 })));

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, Record("users", new() { ["id"] = 2, ["_sdc_deleted_at"] = "2025-01-01T00:00:00Z" }), Record("users", new() { ["id"] = 3 })),
            new JsonObject { ["hard_delete"] = true });

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("1 deleted");
        (await engine.DumpAsync("users")).Column("id").ShouldBe(["1", "3"]);
    }

    [Fact]
    public async Task A_deletion_time_the_schema_does_not_declare_marks_the_row_deleted()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = TicketSchema("orders", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Ticket("orders", 1, "new"), Ticket("orders", 2, "new")));

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, Record("orders", new() { ["id"] = 3, ["status"] = "new", ["_sdc_deleted_at"] = null }), Record("orders", new() { ["id"] = 2, ["status"] = "gone", ["_sdc_deleted_at"] = "2025-01-01T00:00:00Z" })));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldNotContain("_sdc_deleted_at\" is not in the stream's schema");
        var table = await engine.DumpAsync("orders");
        table.Column("id").ShouldBe(["1", "2", "3"]);
        table.Row("id", "2")["status"].ShouldBe("gone");
        table.Row("id", "2")["_sdc_deleted_at"].ShouldStartWith("2025-01-01");
        table.Row("id", "1")["_sdc_deleted_at"].ShouldBeNullOrEmpty();
    }

    [Fact]
    public async Task Hard_delete_removes_the_rows_whose_record_carries_a_deletion_time_the_schema_does_not_declare()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = TicketSchema("orders", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Ticket("orders", 1, "new"), Ticket("orders", 2, "new")));

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(schema, Record("orders", new() { ["id"] = 2, ["status"] = "gone", ["_sdc_deleted_at"] = "2025-01-01T00:00:00Z" }), Ticket("orders", 3, "new")),
            new JsonObject { ["hard_delete"] = true });

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("1 deleted");
        (await engine.DumpAsync("orders")).Column("id").ShouldBe(["1", "3"]);
    }

    [Fact]
    public async Task A_stream_named_schema_dash_table_loads_into_the_table_named_after_its_last_part()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(TicketSchema("public-orders", "id"), Ticket("public-orders", 1, "new"), TicketSchema("db-sales-Line-Items", "id"), Ticket("db-sales-Line-Items", 2, "new")));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.TablesAsync()).Order(StringComparer.Ordinal).ShouldBe(["items", "orders"]);
        (await engine.DumpAsync("orders")).Column("id").ShouldBe(["1"]);
    }

    [Fact]
    public async Task With_the_schema_prefix_kept_a_stream_named_schema_dash_table_loads_into_a_table_of_its_whole_name()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(TicketSchema("public-orders", "id"), Ticket("public-orders", 1, "new")),
            new JsonObject { ["strip_stream_schema_prefix"] = false });

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.TablesAsync()).ShouldBe(["public_orders"]);
    }

    [Fact]
    public async Task A_stream_keeps_the_table_of_its_whole_name_that_an_earlier_run_gave_it()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = TicketSchema("public-orders", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Ticket("public-orders", 1, "new")), new JsonObject { ["strip_stream_schema_prefix"] = false });

        var result = await TargetRunner.RunAsync(engine, Lines(schema, Ticket("public-orders", 2, "new")));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.TablesAsync()).ShouldBe(["public_orders"]);
        (await engine.DumpAsync("public_orders")).Column("id").ShouldBe(["1", "2"]);
    }

    [Fact]
    public async Task A_record_beyond_a_bound_of_its_schema_stops_the_run_naming_line_stream_and_field_with_what_came_before_committed()
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject { ["id"] = Type("integer"), ["status"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["maxLength"] = 6 } };

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(Schema("tickets", properties, "id"), Ticket("tickets", 1, "open"), State(1), Ticket("tickets", 2, "pending")));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 4: stream \"tickets\": field \"status\": is 7 characters long, longer than the schema's maxLength 6");
        (await engine.DumpAsync("tickets")).Column("id").ShouldBe(["1"]);
    }

    [Fact]
    public async Task Large_batches_with_repeated_keys_commit_every_key_once_with_its_last_record()
    {
        await using var engine = TestEngine.Create(engineKind);
        var messages = new List<JsonObject> { TicketSchema("tickets", "id") };
        for (var i = 0; i < 25_000; i++)
        {
            messages.Add(Ticket("tickets", i % 12_000, $"s{i}"));
        }

        var result = await TargetRunner.RunAsync(engine, Lines(messages), new JsonObject { ["batch_size_rows"] = 10_000 });

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.CountAsync("tickets")).ShouldBe(12_000);
        var table = await engine.DumpAsync("tickets");
        table.Row("id", "5")["status"].ShouldBe("s24005");
        table.Row("id", "11999")["status"].ShouldBe("s23999");
    }

    [Fact]
    public async Task Without_validation_numeric_strings_are_stored_as_numbers()
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject { ["id"] = Type("integer"), ["amount"] = Type("null", "number"), ["flag"] = Type("null", "boolean"), ["label"] = Type("null", "string") };

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(Schema("orders", properties, "id"), Record("orders", new() { ["id"] = "12", ["amount"] = "3.5", ["flag"] = "true", ["label"] = 42 })),
            new JsonObject { ["validate_records"] = false });

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("orders")).RowTexts().ShouldBe(["12|3.5|true|42"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_record_parsed_in_full_loads_the_same_row_as_one_converted_while_its_line_is_read(bool validate)
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject
        {
            ["id"] = Type("integer"),
            ["amount"] = Type("null", "number"),
            ["done"] = Type("null", "boolean"),
            ["at"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["format"] = "date-time" },
            ["name"] = Type("null", "string"),
            ["tags"] = new JsonObject { ["type"] = new JsonArray("null", "array"), ["items"] = Type("string") },
            ["via"] = new JsonObject { ["type"] = new JsonArray("null", "object"), ["properties"] = new JsonObject { ["channel"] = Type("null", "string") } },
        };
        var values = new JsonObject
        {
            ["id"] = 9007199254740993,
            ["amount"] = 2.5,
            ["done"] = true,
            ["at"] = "2024-05-01T10:00:00+02:00",
            ["name"] = "Zoë \"q\" \u0000x",
            ["tags"] = new JsonArray("a", "b"),
            ["via"] = new JsonObject { ["channel"] = "web" },
            ["extra"] = new JsonObject { ["ignored"] = new JsonArray(1, 2) },
        };

        // A record before its type and stream is left to the full parse; the usual order is read in passing.
        var parsedInFull = new JsonObject { ["record"] = values.DeepClone(), ["stream"] = "parsed", ["type"] = "RECORD" };
        var result = await TargetRunner.RunAsync(
            engine,
            Lines(Schema("read", properties.DeepClone().AsObject(), "id"), Schema("parsed", properties, "id"), Record("read", values), parsedInFull),
            new JsonObject { ["validate_records"] = validate });

        result.ExitCode.ShouldBe(0, result.Error);
        var read = await engine.DumpAsync("read");
        var parsed = await engine.DumpAsync("parsed");
        read.Rows.ShouldHaveSingleItem()[0].ShouldBe("9007199254740993");
        parsed.Columns.ShouldBe(read.Columns);
        parsed.Rows.ShouldHaveSingleItem().ShouldBe(read.Rows[0]);
    }

    [Fact]
    public async Task Streams_whose_names_conform_alike_get_tables_of_their_own()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await RunAsync(
            engine,
            TicketSchema("Ticket Events", "id"),
            TicketSchema("ticket_events", "id"),
            Record("Ticket Events", new() { ["id"] = 1 }),
            Record("ticket_events", new() { ["id"] = 2 }));

        result.ExitCode.ShouldBe(0, result.Error);
        var tables = await engine.TablesAsync();
        tables.Count.ShouldBe(2);
        tables.ShouldContain("ticket_events");
    }

    [Fact]
    public async Task Streams_whose_names_conform_alike_keep_their_tables_whatever_order_later_runs_send_them_in()
    {
        await using var engine = TestEngine.Create(engineKind);
        await TargetRunner.RunAsync(engine, Lines(TicketSchema("a_b_c", "id"), Ticket("a_b_c", 1, "underscored")));

        var result = await RunAsync(
            engine,
            TicketSchema("a.b.c", "id"),
            Ticket("a.b.c", 2, "dotted"),
            TicketSchema("a_b_c", "id"),
            Ticket("a_b_c", 3, "underscored"));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("a_b_c")).RowTexts().ShouldBe(["1|underscored", "3|underscored"]);
        (await engine.DumpAsync("a_b_c_" + Zendesk.Singer.Target.Mapping.Identifiers.Hash("a.b.c"))).RowTexts().ShouldBe(["2|dotted"]);
    }

    [Fact]
    public async Task Properties_whose_names_conform_alike_keep_their_columns_in_later_runs()
    {
        await using var engine = TestEngine.Create(engineKind);
        var first = new JsonObject { ["id"] = Type("integer"), ["fooBar"] = Type("null", "string") };
        await TargetRunner.RunAsync(engine, Lines(Schema("things", first, "id"), Record("things", new() { ["id"] = 1, ["fooBar"] = "camel" })));

        var second = new JsonObject { ["id"] = Type("integer"), ["foo_bar"] = Type("null", "string"), ["fooBar"] = Type("null", "string") };
        var result = await TargetRunner.RunAsync(engine, Lines(Schema("things", second, "id"), Record("things", new() { ["id"] = 2, ["foo_bar"] = "snake", ["fooBar"] = "camel" })));

        result.ExitCode.ShouldBe(0, result.Error);
        var table = await engine.DumpAsync("things");
        table.Column("foo_bar").ShouldBe(["camel", "camel"]);
        table.Column("foo_bar_" + Zendesk.Singer.Target.Mapping.Identifiers.Hash("foo_bar")).ShouldBe([null, "snake"]);
    }

    [Fact]
    public async Task Append_only_into_a_table_keyed_by_an_earlier_upsert_is_refused_while_it_has_rows()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = TicketSchema("tickets", "id");
        await TargetRunner.RunAsync(engine, Lines(schema, Record("tickets", new() { ["id"] = 1 })));

        var result = await TargetRunner.RunAsync(engine, Lines(schema, Record("tickets", new() { ["id"] = 1 })), new JsonObject { ["load_method"] = "append-only" });

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("key properties changed from (id) to (none)");
    }

    [Fact]
    public async Task Record_metadata_columns_are_filled_from_the_message_and_the_clock()
    {
        await using var engine = TestEngine.Create(engineKind);
        var record = Record("tickets", new() { ["id"] = 1 });
        record["time_extracted"] = "2024-12-31T23:00:00Z";

        var result = await TargetRunner.RunAsync(engine, Lines(TicketSchema("tickets", "id"), record), new JsonObject { ["add_record_metadata"] = true });

        result.ExitCode.ShouldBe(0, result.Error);
        var row = (await engine.DumpAsync("tickets")).Row("id", "1");
        row["_sdc_extracted_at"].ShouldBe("2024-12-31T23:00:00.000000Z");
        row["_sdc_received_at"].ShouldBe("2025-01-02T03:04:05.000000Z");
        row["_sdc_batched_at"].ShouldBe("2025-01-02T03:04:05.000000Z");
        row["_sdc_sync_started_at"].ShouldBe("2025-01-02T03:04:05.000000Z");
        row["_sdc_sequence"].ShouldBe((TargetRunner.Now.ToUnixTimeMilliseconds() * 1_000_000 + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        row["_sdc_deleted_at"].ShouldBeNull();
    }

    [Fact]
    public async Task A_schema_whose_names_are_not_valid_unicode_is_refused_with_its_line()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = Lines(TicketSchema("notes", "id")).Replace("\"status\"", "\"sta\\udc00tus\"", StringComparison.Ordinal);

        var result = await TargetRunner.RunAsync(engine, Lines(State(1)) + schema);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 2: stream \"notes\": the schema is not valid Unicode text (it holds invalid UTF-8 or a lone surrogate escape)");
        result.StateText.ShouldBe("""{"n":1}""");
    }

    [Fact]
    public async Task Properties_the_schema_does_not_declare_are_reported_once_per_stream_and_field()
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject
        {
            ["id"] = Type("integer"),
            ["via"] = new JsonObject { ["type"] = new JsonArray("null", "object"), ["properties"] = new JsonObject { ["channel"] = Type("null", "string") } },
        };

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                Schema("calls", properties, "id"),
                Record("calls", new() { ["id"] = 1, ["extra"] = 5, ["via"] = new JsonObject { ["channel"] = "web", ["rel"] = "x" } }),
                Record("calls", new() { ["id"] = 2, ["extra"] = 6, ["via"] = new JsonObject { ["channel"] = "api", ["rel"] = "y" } }),
                new JsonObject { ["record"] = new JsonObject { ["id"] = 3, ["extra"] = 7 }, ["stream"] = "calls", ["type"] = "RECORD" }),
            new JsonObject { ["flattening_enabled"] = true });

        result.ExitCode.ShouldBe(0, result.Error);
        var warnings = result.Error.Split('\n').Where(l => l.Contains("warning:", StringComparison.Ordinal)).ToList();
        warnings.ShouldBe(
        [
            "target-warehouse: warning: stream \"calls\": property \"extra\" is not in the stream's schema; its values are not loaded",
            "target-warehouse: warning: stream \"calls\": property \"via.rel\" is not in the stream's schema; its values are not loaded",
        ]);
        (await engine.DumpAsync("calls")).Column("id").ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public async Task Upsert_asked_for_a_stream_without_keys_says_that_the_stream_is_appended()
    {
        await using var engine = TestEngine.Create(engineKind);
        var schema = TicketSchema("events");

        var result = await TargetRunner.RunAsync(engine, Lines(schema, Record("events", new() { ["id"] = 1 }), Record("events", new() { ["id"] = 1 })), new JsonObject { ["load_method"] = "upsert" });

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("events: load_method upsert needs key properties, and the stream has none: its records are appended");
        (await engine.CountAsync("events")).ShouldBe(2);
    }

    [Fact]
    public async Task Input_that_starts_with_a_byte_order_mark_is_loaded()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(engine, "\uFEFF" + Lines(TicketSchema("tickets", "id"), Record("tickets", new() { ["id"] = 1 }), State(1)));

        result.ExitCode.ShouldBe(0, result.Error);
        result.StateText.ShouldBe("""{"n":1}""");
        (await engine.CountAsync("tickets")).ShouldBe(1);
    }

    [Fact]
    public async Task A_thousand_streams_load_in_one_run()
    {
        await using var engine = TestEngine.Create(engineKind);
        var messages = new List<JsonObject>();
        for (var stream = 0; stream < 1_000; stream++)
        {
            var name = $"stream_{stream}";
            messages.Add(TicketSchema(name, "id"));
            messages.Add(Ticket(name, 1, "open"));
            messages.Add(Ticket(name, 2, "new"));
        }

        messages.Add(State(1));

        var result = await TargetRunner.RunAsync(engine, Lines(messages));

        result.ExitCode.ShouldBe(0, result.Error);
        result.StateText.ShouldBe("""{"n":1}""");
        (await engine.TablesAsync()).Count.ShouldBe(1_000);
        (await engine.CountAsync("stream_0")).ShouldBe(2);
        (await engine.CountAsync("stream_999")).ShouldBe(2);
    }

    [Fact]
    public async Task A_table_of_a_thousand_text_columns_loads()
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject { ["id"] = Type("integer") };
        for (var column = 0; column < 1_000; column++)
        {
            properties[$"field_{column}"] = Type("null", "string");
        }

        var messages = new List<JsonObject> { Schema("wide", properties, "id") };
        for (var id = 0; id < 50; id++)
        {
            var record = new JsonObject { ["id"] = id };
            for (var column = 0; column < 1_000; column++)
            {
                // Short values: PostgreSQL keeps a row of short text in one 8 KB page.
                record[$"field_{column}"] = $"{id}.{column}";
            }

            messages.Add(Record("wide", record));
        }

        var result = await TargetRunner.RunAsync(engine, Lines(messages));

        result.ExitCode.ShouldBe(0, result.Error);
        var table = await engine.DumpAsync("wide");
        table.Columns.Count.ShouldBe(1_001);
        table.Row("id", "49")["field_999"].ShouldBe("49.999");
    }

    [Fact]
    public async Task A_table_the_engine_cannot_alter_stops_the_run_at_its_schema_line_after_committing_what_came_before()
    {
        await using var engine = TestEngine.Create(engineKind);
        await engine.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS \"{engine.Schema}\"");
        await engine.ExecuteAsync($"CREATE VIEW \"{engine.Schema}\".\"notes\" AS SELECT CAST(1 AS BIGINT) AS id");

        var result = await RunAsync(
            engine,
            TicketSchema("tickets", "id"),
            Ticket("tickets", 1, "open"),
            State(1),
            TicketSchema("notes"),
            Ticket("notes", 2, "open"),
            State(2));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error: line 4: stream \"notes\": altering table");
        result.StateText.ShouldBe("""{"n":1}""");
        (await engine.CountAsync("tickets")).ShouldBe(1);
    }

    [Fact]
    public async Task A_record_the_engine_refuses_is_named_by_its_line_and_every_record_before_it_stays_committed_with_its_state()
    {
        await using var engine = await EngineWithCheckedTableAsync();

        var result = await RunAsync(
            engine,
            TicketSchema("tickets", "id"),
            Ticket("tickets", 1, "open"),
            State(1),
            TicketSchema("checked", "id"),
            Ticket("checked", 1, "fine"),
            State(2),
            Ticket("checked", 2, "bad"),
            Ticket("checked", 3, "fine"),
            State(3));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error: line 7: stream \"checked\": loading table");
        result.StateText.ShouldBe("""{"n":1}""" + "\n" + """{"n":2}""");
        (await engine.CountAsync("tickets")).ShouldBe(1);
        (await engine.DumpAsync("checked")).RowTexts().ShouldBe(["1|fine"]);
    }

    [Fact]
    public async Task A_refused_record_deep_in_a_batch_is_found_and_the_rows_before_it_are_committed()
    {
        await using var engine = await EngineWithCheckedTableAsync();
        var messages = new List<JsonObject> { TicketSchema("checked", "id") };
        for (var i = 1; i <= 100; i++)
        {
            messages.Add(Ticket("checked", i, i == 37 ? "bad" : "fine"));
            if (i % 10 == 0)
            {
                messages.Add(State(i));
            }
        }

        var result = await TargetRunner.RunAsync(engine, Lines(messages));

        // Record 37 is on line 1 + 37 + 3 (the schema, the records, the STATEs after 10, 20 and 30).
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error: line 41: stream \"checked\": loading table");
        result.StateText.ShouldBe("""{"n":30}""");
        (await engine.CountAsync("checked")).ShouldBe(36);
    }

    [Fact]
    public async Task After_a_refused_record_a_stream_without_keys_commits_only_what_the_last_state_before_it_covers()
    {
        await using var engine = await EngineWithCheckedTableAsync();

        var result = await RunAsync(
            engine,
            TicketSchema("notes"),
            TicketSchema("checked", "id"),
            Ticket("notes", 1, "covered"),
            State(1),
            Ticket("notes", 2, "before the refusal"),
            Ticket("checked", 1, "bad"),
            Ticket("notes", 3, "after it"),
            State(2));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error: line 6: stream \"checked\"", Case.Sensitive, result.Error);
        result.StateText.ShouldBe("""{"n":1}""");
        (await engine.DumpAsync("notes")).RowTexts().ShouldBe(["1|covered"]);
    }

    [Fact]
    public async Task After_bad_input_a_stream_without_keys_commits_only_what_the_last_state_covers()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                TicketSchema("notes"),
                Ticket("notes", 1, "covered"),
                State(1),
                Ticket("notes", 2, "not covered")) + "{not json\n");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 5");
        result.StateText.ShouldBe("""{"n":1}""");
        (await engine.DumpAsync("notes")).RowTexts().ShouldBe(["1|covered"]);
    }

    [Fact]
    public async Task A_schema_without_properties_is_refused_with_its_line()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(engine, Lines(Schema("empty", [])));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 1: stream \"empty\": the schema has no properties");
    }

    private static Task<TargetResult> RunAsync(TestEngine engine, params JsonObject[] messages) => TargetRunner.RunAsync(engine, Lines(messages));

    private static JsonObject TicketSchema(string stream, params string[] keys) => Schema(stream, TicketProperties.DeepClone().AsObject(), keys);

    private static JsonObject Ticket(string stream, long id, string status, long? version = null) => Record(stream, new() { ["id"] = id, ["status"] = status }, version);

    // The table's CHECK turns down a status of "bad": a record the engine refuses, not the target.
    private async Task<TestEngine> EngineWithCheckedTableAsync()
    {
        var engine = TestEngine.Create(engineKind);
        await engine.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS \"{engine.Schema}\"");
        await engine.ExecuteAsync($"CREATE TABLE \"{engine.Schema}\".\"checked\" (id BIGINT NOT NULL PRIMARY KEY, status TEXT CHECK (status <> 'bad'))");
        return engine;
    }
}
