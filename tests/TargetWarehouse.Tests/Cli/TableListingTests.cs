using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Cli;

public sealed class TableListingTests
{
    [Theory]
    [InlineData(EngineKind.DuckDb)]
    [InlineData(EngineKind.Postgres)]
    public async Task Lists_each_table_of_the_configured_schema_with_its_row_count(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var load = await TargetRunner.RunAsync(engine, TargetRunner.Lines(
            Schema("tickets"), Record("tickets", 1), Record("tickets", 2), Record("tickets", 3),
            Schema("users"), Record("users", 10), Record("users", 11)));
        load.ExitCode.ShouldBe(0, load.Error);

        var listing = await ListAsync(engine.Config());

        listing.ExitCode.ShouldBe(0, listing.Error);
        listing.Output[0].ShouldContain($"schema \"{engine.Schema}\": 2 tables, 5 rows");
        listing.Output.Skip(1).Select(Parse).ShouldBe([("tickets", 3L), ("users", 2L)]);
    }

    [Fact]
    public async Task Refuses_a_DuckDB_file_that_does_not_exist_without_creating_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-missing-{Guid.NewGuid():N}.duckdb");

        var listing = await ListAsync(new JsonObject { ["path"] = path });

        listing.ExitCode.ShouldBe(1);
        listing.Error.ShouldContain(path);
        listing.Output.ShouldBeEmpty();
        File.Exists(path).ShouldBeFalse();
    }

    private static async Task<TargetResult> ListAsync(JsonObject config)
    {
        var configPath = Path.Combine(Path.GetTempPath(), $"tw-tables-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(configPath, config.ToJsonString());
        try
        {
            return await TargetRunner.RunArgsAsync(["--config", configPath, "--tables"], string.Empty);
        }
        finally
        {
            File.Delete(configPath);
        }
    }

    private static (string Table, long Rows) Parse(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], long.Parse(parts[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }

    private static JsonObject Schema(string stream) => new()
    {
        ["type"] = "SCHEMA",
        ["stream"] = stream,
        ["schema"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "integer" },
                ["name"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            },
        },
        ["key_properties"] = new JsonArray("id"),
    };

    private static JsonObject Record(string stream, long id) => new()
    {
        ["type"] = "RECORD",
        ["stream"] = stream,
        ["record"] = new JsonObject { ["id"] = id, ["name"] = $"{stream} {id}" },
    };
}
