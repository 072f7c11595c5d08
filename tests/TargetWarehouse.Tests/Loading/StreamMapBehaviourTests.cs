using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>
/// The target applies <c>stream_maps</c> to what it reads, before loading: written once and run
/// against a real DuckDB file and a real PostgreSQL server by the engine-specific subclasses.
/// </summary>
public abstract class StreamMapBehaviourTests(EngineKind engineKind)
{
    private static readonly JsonObject UserProperties = new()
    {
        ["id"] = Type("integer"),
        ["email"] = Type("null", "string"),
        ["phone"] = Type("null", "string"),
        ["status"] = Type("null", "string"),
    };

    [Fact]
    public async Task An_aliased_stream_loads_into_the_table_of_its_alias_with_hashed_columns()
    {
        await using var engine = TestEngine.Create(engineKind);
        var maps = Maps("""{"users": {"__alias__": "people", "email": "sha256(email)", "phone": null}}""");

        var result = await TargetRunner.RunAsync(engine, Lines(Users(), User(1, "ann@example.com"), User(2, null), State(1)), maps);

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.TablesAsync()).ShouldBe(["people"]);
        var table = await engine.DumpAsync("people");
        table.Columns.Select(c => c.Item1).ShouldBe(["id", "email", "status"]);
        table.RowTexts().ShouldBe([$"1|{Sha256("ann@example.com")}|open", "2||open"]);
        result.States.Single()!["n"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_filter_leaves_rows_out_and_else_keeps_only_the_keys_and_named_columns()
    {
        await using var engine = TestEngine.Create(engineKind);
        var maps = Maps("""{"users": {"__filter__": "status != 'closed'", "status": "status.upper()", "__else__": null}}""");

        var result = await TargetRunner.RunAsync(engine, Lines(Users(), User(1, "a@x", "open"), User(2, "b@x", "closed"), User(3, "c@x", "new")), maps);

        result.ExitCode.ShouldBe(0, result.Error);
        var table = await engine.DumpAsync("users");
        table.Columns.Select(c => c.Item1).ShouldBe(["id", "status"]);
        table.RowTexts().ShouldBe(["1|OPEN", "3|NEW"]);
    }

    [Fact]
    public async Task A_key_change_upserts_by_the_new_key()
    {
        await using var engine = TestEngine.Create(engineKind);
        var maps = Maps("""{"users": {"id": null, "email_key": "md5(email)", "__key_properties__": ["email_key"]}}""");
        await TargetRunner.RunAsync(engine, Lines(Users(), User(1, "a@x", "open"), User(2, "b@x", "open")), maps);

        var second = await TargetRunner.RunAsync(engine, Lines(Users(), User(3, "a@x", "solved")), maps);

        second.ExitCode.ShouldBe(0, second.Error);
        (await engine.PrimaryKeyAsync("users")).ShouldBe(["email_key"]);
        var table = await engine.DumpAsync("users");
        table.Column("email_key").Order().ShouldBe(new[] { Md5("a@x"), Md5("b@x") }.Order());
        table.Row("email_key", Md5("a@x"))["status"].ShouldBe("solved");
        table.Columns.Select(c => c.Item1).ShouldNotContain("id");
    }

    [Fact]
    public async Task A_dropped_stream_makes_no_table_and_a_copy_makes_another()
    {
        await using var engine = TestEngine.Create(engineKind);
        var maps = Maps("""{"groups": null, "users": {"email": null}, "user_emails": {"__source__": "users", "email": "email", "__else__": null}}""");
        var groups = Schema("groups", new JsonObject { ["id"] = Type("integer") }, "id");

        var result = await TargetRunner.RunAsync(engine, Lines(groups, Record("groups", new() { ["id"] = 1 }), ActivateVersion("groups", 5), Users(), User(1, "a@x"), State(1)), maps);

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.TablesAsync()).ShouldBe(["user_emails", "users"]);
        (await engine.DumpAsync("users")).RowTexts().ShouldBe(["1|555|open"]);
        (await engine.DumpAsync("user_emails")).RowTexts().ShouldBe(["1|a@x"]);
        result.States.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_expression_failing_on_a_record_names_the_line_stream_and_property_after_committing_what_came_before()
    {
        await using var engine = TestEngine.Create(engineKind);
        var maps = Maps("""{"users": {"email": "md5(email)"}}""");
        var bad = Record("users", new() { ["id"] = 2, ["email"] = 5, ["status"] = "open" });

        var result = await TargetRunner.RunAsync(engine, Lines(Users(), User(1, "a@x"), State(1), bad), maps);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 4: stream_maps.users.email: md5() needs a string, not 'int' (use md5(str(...))) (stream \"users\", the record id=2)");
        (await engine.DumpAsync("users")).RowTexts().ShouldBe([$"1|{Md5("a@x")}|555|open"]);
        result.States.Single()!["n"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_renamed_stream_keeps_its_new_name_for_records_read_in_full()
    {
        await using var engine = TestEngine.Create(engineKind);
        var maps = Maps("""{"users": {"__alias__": "people"}}""");

        // A stream's first versioned record is read in full, to add the version columns first.
        var versioned = Record("users", new() { ["id"] = 2, ["email"] = "b@x", ["phone"] = "555", ["status"] = "open" }, version: 3);
        var result = await TargetRunner.RunAsync(engine, Lines(Users(), User(1, "a@x"), versioned), maps);

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.TablesAsync()).ShouldBe(["people"]);
        (await engine.DumpAsync("people")).Column("id").ShouldBe(["1", "2"]);
    }

    [Theory]
    [InlineData("""{"users": {"email": "md5(email)"}}""")]
    [InlineData("""{"users": {"__alias__": "people"}}""")]
    [InlineData("{}")]
    public async Task A_record_that_is_not_valid_json_is_reported_at_its_line_and_column_after_committing_what_came_before(string streamMaps)
    {
        await using var engine = TestEngine.Create(engineKind);
        var input = Lines(Users(), User(1, "a@x"), State(1)) + """{"type":"RECORD","stream":"users","record":{"id":2,"email":"b@x","status":[1,}]}}""" + "\n";

        var result = await TargetRunner.RunAsync(engine, input, Maps(streamMaps));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 4: invalid JSON at column 78: '}' is an invalid start of a value");
        result.States.Single()!["n"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Removing_a_key_without_new_keys_is_refused_at_the_schema()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(engine, Lines(Users(), User(1, "a@x")), Maps("""{"users": {"id": null}}"""));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 1: stream \"users\": stream_maps.users.id: \"id\" is a key property of stream \"users\"");
        (await engine.TablesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invalid_map_exits_2_before_reading_anything()
    {
        await using var engine = TestEngine.Create(engineKind);

        var result = await TargetRunner.RunAsync(engine, Lines(Users(), User(1, "a@x")), Maps("""{"users": {"email": "md6(email)"}}"""));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("stream_maps.users.email: unknown function \"md6\" at column 1");
        (await engine.TablesAsync()).ShouldBeEmpty();
    }

    private static JsonObject Maps(string maps) => new() { ["stream_maps"] = JsonNode.Parse(maps) };

    private static JsonObject Users() => Schema("users", (JsonObject)UserProperties.DeepClone(), "id");

    private static JsonObject User(int id, string? email, string status = "open") =>
        Record("users", new() { ["id"] = id, ["email"] = email, ["phone"] = "555", ["status"] = status });

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
