using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Cli;

public sealed class TargetCommandLineTests
{
    [Fact]
    public async Task Help_describes_the_usage_on_stdout_and_exits_zero()
    {
        var result = await TargetRunner.RunArgsAsync(["--help"], string.Empty);

        result.ExitCode.ShouldBe(0);
        var text = string.Join("\n", result.Output);
        text.ShouldContain("Usage: target-warehouse [--config FILE]");
        text.ShouldContain("--about");
    }

    [Fact]
    public async Task Version_prints_the_name_and_version()
    {
        var result = await TargetRunner.RunArgsAsync(["--version"], string.Empty);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe(["target-warehouse 0.1.0"]);
    }

    [Fact]
    public async Task Version_is_printed_when_a_config_file_is_given_too()
    {
        var result = await TargetRunner.RunArgsAsync(["--config", "target.json", "--version"], string.Empty);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldBe(["target-warehouse 0.1.0"]);
    }

    [Fact]
    public async Task Help_is_printed_when_a_config_file_is_given_too()
    {
        var result = await TargetRunner.RunArgsAsync(["--config", "target.json", "--help"], string.Empty);

        result.ExitCode.ShouldBe(0, result.Error);
        string.Join("\n", result.Output).ShouldContain("Usage: target-warehouse [--config FILE]");
    }

    [Fact]
    public async Task About_as_json_lists_the_capabilities_and_every_setting_with_secrets_marked()
    {
        var result = await TargetRunner.RunArgsAsync(["--about", "--format", "json"], string.Empty);

        result.ExitCode.ShouldBe(0);
        var about = JsonNode.Parse(string.Join("\n", result.Output))!;
        about["name"]!.GetValue<string>().ShouldBe("target-warehouse");
        about["capabilities"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["about", "activate-version", "soft-delete", "hard-delete", "schema-flattening", "validate-records", "target-schema", "stream-maps"]);
        var settings = about["settings"]!["properties"]!.AsObject();
        settings.Select(p => p.Key).ShouldBe(
        [
            "dialect", "path", "connection_string", "host", "port", "user", "password", "database", "ssl_mode", "ssl_certificate_authority", "ssl_client_certificate", "ssl_client_private_key", "schema", "default_target_schema",
            "load_method", "stream_load_methods", "batch_size_rows", "add_record_metadata", "flattening_enabled",
            "flattening_max_depth", "hard_delete", "duckdb_memory_limit_mb", "validate_records", "strip_stream_schema_prefix",
            "stream_maps", "stream_map_config",
        ]);
        settings["password"]!["secret"]!.GetValue<bool>().ShouldBeTrue();
        settings["connection_string"]!["secret"]!.GetValue<bool>().ShouldBeTrue();
        settings["ssl_client_private_key"]!["secret"]!.GetValue<bool>().ShouldBeTrue();
        settings["path"]!["default"]!.GetValue<string>().ShouldBe("zendesk.duckdb");
        settings["load_method"]!["enum"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["upsert", "append-only", "overwrite"]);
        about["settings"]!["required"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task About_defaults_to_markdown()
    {
        var result = await TargetRunner.RunArgsAsync(["--about"], string.Empty);

        result.ExitCode.ShouldBe(0);
        result.Output[0].ShouldBe("# target-warehouse 0.1.0");
        result.Output.ShouldContain(l => l.StartsWith("| `batch_size_rows` | integer |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await TargetRunner.RunArgsAsync(["--catalog", "x.json"], string.Empty);

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().ShouldBe("target-warehouse: unknown option '--catalog' (see --help)");
    }

    [Theory]
    [InlineData("--format", "yaml", "--about")]
    [InlineData("--format", "json", null)]
    public async Task A_format_that_is_unknown_or_without_about_is_a_usage_error(string option, string value, string? about)
    {
        string[] args = about is null ? [option, value] : [option, value, about];

        var result = await TargetRunner.RunArgsAsync(args, string.Empty);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--format");
    }

    [Fact]
    public async Task An_unknown_log_format_is_a_usage_error_as_in_the_tap()
    {
        var result = await TargetRunner.RunArgsAsync(["--log-format", "xml"], string.Empty);

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().ShouldBe("target-warehouse: error: --log-format must be text or json, not \"xml\"");
    }

    [Fact]
    public async Task A_json_log_format_writes_one_object_per_line_on_stderr_with_time_level_and_message()
    {
        await using var engine = TestEngine.Create(EngineKind.DuckDb);
        var configPath = Path.Combine(Path.GetTempPath(), $"tw-config-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(configPath, engine.Config().ToJsonString());
        var input = SingerMessages.Lines(SingerMessages.Schema("users", new JsonObject { ["id"] = SingerMessages.Type("integer") }, "id"), SingerMessages.Record("users", new JsonObject { ["id"] = 1 }));
        try
        {
            var result = await TargetRunner.RunArgsAsync(["--config", configPath, "--log-format", "json"], input);

            result.ExitCode.ShouldBe(0, result.Error);
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
            lines.ShouldNotBeEmpty();
            lines.ShouldAllBe(l => l["time"]!.GetValue<string>() == "2025-01-02T03:04:05.000Z" && l["level"]!.GetValue<string>() == "info");
            lines[0]["message"]!.GetValue<string>().ShouldStartWith("loading into DuckDB file");
        }
        finally
        {
            File.Delete(configPath);
        }
    }

    [Fact]
    public async Task A_missing_config_file_is_a_usage_error_that_names_it()
    {
        var result = await TargetRunner.RunArgsAsync(["--config", "/nonexistent/target.json"], string.Empty);

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().ShouldBe("target-warehouse: error: config file '/nonexistent/target.json' does not exist");
    }

    [Fact]
    public async Task A_config_value_of_the_wrong_type_names_the_file_and_key_but_never_the_value()
    {
        var result = await TargetRunner.RunAsync(new JsonObject { ["dialect"] = "postgres", ["password"] = 123456789 }, string.Empty);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("\"password\" must be a string, not a number");
        result.Error.ShouldContain("config file '");
        result.Error.ShouldNotContain("123456789");
    }

    [Fact]
    public async Task An_unknown_config_key_is_warned_about_and_the_run_goes_on()
    {
        await using var engine = TestEngine.Create(EngineKind.DuckDb);
        var config = engine.Config();
        config["batch_size"] = 5;

        var result = await TargetRunner.RunAsync(config, string.Empty);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("warning: config file '");
        result.Error.ShouldContain("unknown key \"batch_size\" is ignored");
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_fails_the_run_without_printing_the_password()
    {
        var config = new JsonObject
        {
            ["dialect"] = "postgres",
            ["host"] = "127.0.0.1",
            ["port"] = 1,
            ["user"] = "loader",
            ["password"] = "s3cret-Pa55",
            ["connection_string"] = "Timeout=2",
        };

        var result = await TargetRunner.RunAsync(config, string.Empty);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error: cannot open PostgreSQL 127.0.0.1:1/postgres as loader");
        result.Error.ShouldNotContain("s3cret-Pa55");
    }

    [Fact]
    public async Task Without_a_config_file_the_defaults_load_into_zendesk_duckdb_in_the_working_directory()
    {
        var directory = Directory.CreateTempSubdirectory("tw-default-");
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory.FullName;
            var input = SingerMessages.Lines(SingerMessages.Schema("users", new JsonObject { ["id"] = SingerMessages.Type("integer") }, "id"), SingerMessages.Record("users", new JsonObject { ["id"] = 1 }));

            var result = await TargetRunner.RunArgsAsync([], input);

            result.ExitCode.ShouldBe(0, result.Error);
            result.Error.ShouldContain("loading into DuckDB file 'zendesk.duckdb', schema \"zendesk\"");
            File.Exists(Path.Combine(directory.FullName, "zendesk.duckdb")).ShouldBeTrue();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            directory.Delete(recursive: true);
        }
    }
}
