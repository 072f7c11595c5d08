using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Cli;

public sealed class ConnectionCheckTests
{
    [Theory]
    [InlineData(EngineKind.DuckDb)]
    [InlineData(EngineKind.Postgres)]
    public async Task A_test_creates_writes_and_drops_a_table_and_leaves_no_table_behind(EngineKind kind)
    {
        await using var engine = TestEngine.Create(kind);
        var load = await TargetRunner.RunAsync(engine, Lines([Schema("tickets", new JsonObject { ["id"] = Type("integer") }, "id"), Record("tickets", new() { ["id"] = 1 })]));
        load.ExitCode.ShouldBe(0, load.Error);

        var test = await TestAsync(engine.Config());

        test.ExitCode.ShouldBe(0, test.Error);
        test.Error.ShouldContain("connection test passed");
        test.Error.ShouldContain(engine.Schema);
        var listing = await RunAsync(engine.Config(), "--tables");
        listing.Output[0].ShouldContain("1 tables, 1 rows");
    }

    [Fact]
    public async Task A_test_of_a_new_DuckDB_file_leaves_no_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-test-{Guid.NewGuid():N}.duckdb");

        var test = await TestAsync(new JsonObject { ["path"] = path });

        test.ExitCode.ShouldBe(0, test.Error);
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public async Task A_DuckDB_file_where_no_file_can_be_made_fails_the_test_naming_the_file()
    {
        var notAFolder = Path.Combine(Path.GetTempPath(), $"tw-file-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(notAFolder, "a file, not a folder");
        try
        {
            var test = await TestAsync(new JsonObject { ["path"] = Path.Combine(notAFolder, "zendesk.duckdb") });

            test.ExitCode.ShouldBe(1, test.Error);
            test.Error.ShouldContain("zendesk.duckdb");
        }
        finally
        {
            File.Delete(notAFolder);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_user_who_may_not_create_tables_fails_the_test()
    {
        await using var engine = new PostgresTestEngine();
        var role = "tw_reader_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = await engine.OpenAsync())
        {
            await using var command = admin.CreateCommand();
            command.CommandText = $"CREATE SCHEMA \"{engine.Schema}\"; CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA \"{engine.Schema}\" TO {role}";
            await command.ExecuteNonQueryAsync();
        }

        var config = engine.Config();
        config["connection_string"] = new Npgsql.NpgsqlConnectionStringBuilder(config["connection_string"]!.GetValue<string>()) { Username = role, Pooling = false }.ConnectionString;

        try
        {
            var test = await TestAsync(config);

            test.ExitCode.ShouldBe(1);
            test.Error.ShouldContain("permission denied");
        }
        finally
        {
            // Roles outlive the schema; this one must not outlive the test.
            await using var admin = await engine.OpenAsync();
            await using var command = admin.CreateCommand();
            command.CommandText = $"DROP OWNED BY {role}; DROP ROLE {role}";
            await command.ExecuteNonQueryAsync();
        }
    }

    private static Task<TargetResult> TestAsync(JsonObject config) => RunAsync(config, "--test");

    private static async Task<TargetResult> RunAsync(JsonObject config, string option)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-check-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, config.ToJsonString());
        try
        {
            return await TargetRunner.RunArgsAsync(["--config", path, option], string.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
