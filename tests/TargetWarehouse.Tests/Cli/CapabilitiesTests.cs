using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Cli;

/// <summary>Every capability <c>--about</c> declares is held against what the target does, on both engines.</summary>
public sealed class CapabilitiesTests
{
    private static readonly Dictionary<string, Func<EngineKind, Task>> Checks = new(StringComparer.Ordinal)
    {
        ["about"] = AboutAsync,
        ["activate-version"] = ActivateVersionAsync,
        ["soft-delete"] = SoftDeleteAsync,
        ["hard-delete"] = HardDeleteAsync,
        ["schema-flattening"] = SchemaFlatteningAsync,
        ["validate-records"] = ValidateRecordsAsync,
        ["target-schema"] = TargetSchemaAsync,
        ["stream-maps"] = StreamMapsAsync,
    };

    public static TheoryData<string, EngineKind> Declared()
    {
        var data = new TheoryData<string, EngineKind>();
        foreach (var capability in DeclaredCapabilities())
        {
            data.Add(capability, EngineKind.DuckDb);
            data.Add(capability, EngineKind.Postgres);
        }

        return data;
    }

    [Fact]
    public void Every_declared_capability_has_a_check_and_every_check_is_declared()
    {
        DeclaredCapabilities().ShouldBe(Checks.Keys, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public async Task The_target_does_what_each_declared_capability_means(string capability, EngineKind kind) =>
        await Checks[capability](kind);

    private static List<string> DeclaredCapabilities()
    {
        var about = TargetRunner.RunArgsAsync(["--about", "--format", "json"], string.Empty).GetAwaiter().GetResult();
        return [.. JsonNode.Parse(string.Join("\n", about.Output))!["capabilities"]!.AsArray().Select(c => c!.GetValue<string>())];
    }

    private static async Task AboutAsync(EngineKind kind)
    {
        var about = await TargetRunner.RunArgsAsync(["--about", "--format", "json"], string.Empty);
        about.ExitCode.ShouldBe(0);
        var settings = JsonNode.Parse(string.Join("\n", about.Output))!["settings"]!["properties"]!.AsObject();
        settings.ContainsKey(kind == EngineKind.DuckDb ? "path" : "connection_string").ShouldBeTrue();
    }

    private static async Task ActivateVersionAsync(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var run = await TargetRunner.RunAsync(engine, Versions(), new JsonObject { ["hard_delete"] = true });
        run.ExitCode.ShouldBe(0, run.Error);
        (await engine.DumpAsync("items")).Column("id").ShouldBe(["3"]);
    }

    private static async Task StreamMapsAsync(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var maps = new JsonObject { ["stream_maps"] = JsonNode.Parse("""{"items": {"__alias__": "things", "label": "str(id) + '!'"}}""") };
        var input = Lines(
            Schema("items", new JsonObject { ["id"] = Type("integer") }, "id"),
            Record("items", new() { ["id"] = 1 }));

        var run = await TargetRunner.RunAsync(engine, input, maps);

        run.ExitCode.ShouldBe(0, run.Error);
        (await engine.TablesAsync()).ShouldBe(["things"]);
        (await engine.DumpAsync("things")).RowTexts().ShouldBe(["1|1!"]);
    }

    private static async Task SoftDeleteAsync(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var run = await TargetRunner.RunAsync(engine, Versions());
        run.ExitCode.ShouldBe(0, run.Error);
        var dump = await engine.DumpAsync("items");
        dump.Column("id").Order().ShouldBe(["1", "2", "3"]);
        dump.Row("id", "1")["_sdc_deleted_at"].ShouldNotBeNull();
        dump.Row("id", "3")["_sdc_deleted_at"].ShouldBeNull();
    }

    private static async Task HardDeleteAsync(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var input = Lines(
            Schema("items", Properties(), "id"),
            Record("items", new() { ["id"] = 1, ["name"] = "a" }),
            Record("items", new() { ["id"] = 2, ["name"] = "b" }),
            Record("items", new() { ["id"] = 1, ["name"] = "a", ["_sdc_deleted_at"] = "2025-01-01T00:00:00Z" }));
        var run = await TargetRunner.RunAsync(engine, input, new JsonObject { ["hard_delete"] = true });
        run.ExitCode.ShouldBe(0, run.Error);
        (await engine.DumpAsync("items")).Column("id").ShouldBe(["2"]);
    }

    private static async Task SchemaFlatteningAsync(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var properties = Properties();
        properties["via"] = new JsonObject { ["type"] = new JsonArray("null", "object"), ["properties"] = new JsonObject { ["channel"] = Type("null", "string") } };
        var input = Lines(Schema("items", properties, "id"), Record("items", new() { ["id"] = 1, ["via"] = new JsonObject { ["channel"] = "email" } }));
        var run = await TargetRunner.RunAsync(engine, input, new JsonObject { ["flattening_enabled"] = true });
        run.ExitCode.ShouldBe(0, run.Error);
        (await engine.DumpAsync("items")).Column("via__channel").ShouldBe(["email"]);
    }

    private static async Task ValidateRecordsAsync(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var input = Lines(
            Schema("items", Properties(), "id"),
            Record("items", new() { ["id"] = 1, ["name"] = "a" }),
            State(1),
            Record("items", new() { ["id"] = "two", ["name"] = "b" }));
        var run = await TargetRunner.RunAsync(engine, input, new JsonObject { ["validate_records"] = true });
        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("items");
        run.Error.ShouldContain("line 4");
        (await engine.CountAsync("items")).ShouldBe(1);
    }

    private static async Task TargetSchemaAsync(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var schema = engine.Schema + "_load";
        var config = engine.Config();
        config.Remove("schema");
        config["default_target_schema"] = schema;
        try
        {
            var run = await TargetRunner.RunAsync(config, Lines(Schema("items", Properties(), "id"), Record("items", new() { ["id"] = 1, ["name"] = "a" })));
            run.ExitCode.ShouldBe(0, run.Error);
            run.Error.ShouldContain($"schema \"{schema}\"");
            await engine.ExecuteAsync($"SELECT count(*) FROM \"{schema}\".\"items\"");
            (await engine.TablesAsync()).ShouldNotContain("items");
        }
        finally
        {
            await engine.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
        }
    }

    /// <summary>Version 1 holds rows 1 and 2 and is activated; version 2 holds row 3 and is activated.</summary>
    private static string Versions() => Lines(
        Schema("items", Properties(), "id"),
        Record("items", new() { ["id"] = 1, ["name"] = "a" }, version: 1),
        Record("items", new() { ["id"] = 2, ["name"] = "b" }, version: 1),
        ActivateVersion("items", 1),
        Record("items", new() { ["id"] = 3, ["name"] = "c" }, version: 2),
        ActivateVersion("items", 2));

    private static JsonObject Properties() => new() { ["id"] = Type("integer"), ["name"] = Type("null", "string") };
}
