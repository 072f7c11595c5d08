using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Cli;

namespace Zendesk.Singer.Tap.Tests.Cli;

public sealed class TapCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tap-cli-").FullName;

    [Fact]
    public async Task About_as_json_lists_the_capabilities_and_every_setting()
    {
        var (code, stdout, _) = await RunAsync("--about", "--format", "json");

        code.ShouldBe(0);
        var about = JsonNode.Parse(stdout)!;
        about["name"]!.GetValue<string>().ShouldBe("tap-zendesk");
        about["capabilities"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["catalog", "discover", "state", "about", "activate-version", "test", "batch", "stream-maps"], ignoreOrder: true);
        var settings = about["settings"]!["properties"]!.AsObject();
        settings.Select(s => s.Key).ShouldBe(
            ["subdomain", "start_date", "end_date", "access_token", "email", "api_token", "refresh_token", "client_id", "client_secret", "base_url",
             "request_timeout", "page_size", "max_requests_per_minute", "rate_limit_reserve", "incremental_requests_per_minute", "help_center_requests_per_minute", "ticket_comments_source", "ticket_audits_source",
             "user_agent", "request_budgets", "request_metrics", "support_type_scope", "custom_ticket_fields_as_columns", "scope", "token_file", "batch_config",
             "stream_maps", "stream_map_config"],
            ignoreOrder: true);
        settings["api_token"]!["secret"]!.GetValue<bool>().ShouldBeTrue();
        settings["access_token"]!["secret"]!.GetValue<bool>().ShouldBeTrue();
        settings["email"]!["secret"].ShouldBeNull();
        settings["request_timeout"]!["default"]!.GetValue<int>().ShouldBe(300);
        settings["batch_config"]!["type"]!.GetValue<string>().ShouldBe("object");
        settings.ShouldAllBe(s => s.Value!["description"]!.GetValue<string>().Length > 0);
    }

    [Fact]
    public async Task About_as_markdown_is_a_table_of_settings()
    {
        var (code, stdout, _) = await RunAsync("--about", "--format=markdown");

        code.ShouldBe(0);
        stdout.ShouldContain("| `ticket_comments_source` |");
    }

    [Fact]
    public async Task Help_and_version_exit_with_zero()
    {
        var (helpCode, help, _) = await RunAsync("--help");
        var (versionCode, version, _) = await RunAsync("--version");

        helpCode.ShouldBe(0);
        help.ShouldContain("--properties");
        help.ShouldContain("Exit codes");
        versionCode.ShouldBe(0);
        version.ShouldStartWith("tap-zendesk ");
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var (code, stdout, stderr) = await RunAsync("--bogus");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("bogus");
    }

    [Fact]
    public async Task A_sync_without_config_is_a_usage_error()
    {
        var (code, _, stderr) = await RunAsync("--state", "s.json");

        code.ShouldBe(2);
        stderr.ShouldContain("--config");
    }

    [Fact]
    public async Task A_missing_config_file_names_the_file_on_one_line()
    {
        var path = Path.Combine(_folder, "absent.json");

        var (code, _, stderr) = await RunAsync("--config", path);

        code.ShouldBe(2);
        stderr.ShouldContain(path);
        stderr.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task An_invalid_catalog_names_the_file_and_line()
    {
        var config = File("c.json", """{"subdomain":"acme","access_token":"secret-token-1"}""");
        var catalog = File("catalog.json", "{\n  \"streams\": [\n    {,\n  ]\n}");

        var (code, _, stderr) = await RunAsync("--config", config, "--catalog", catalog);

        code.ShouldBe(2);
        stderr.ShouldContain(catalog);
        stderr.ShouldContain("line 3");
    }

    [Fact]
    public async Task An_invalid_state_file_is_a_config_error()
    {
        var config = File("c.json", """{"subdomain":"acme","access_token":"secret-token-1"}""");
        var state = File("state.json", "{\"bookmarks\": 5}");

        var (code, _, stderr) = await RunAsync("--config", config, "--state", state);

        code.ShouldBe(2);
        stderr.ShouldContain(state);
    }

    [Fact]
    public async Task Json_logs_are_one_object_per_line()
    {
        var path = Path.Combine(_folder, "absent.json");

        var (_, _, stderr) = await RunAsync("--config", path, "--log-format", "json");

        var line = JsonNode.Parse(stderr.Trim())!;
        line["level"]!.GetValue<string>().ShouldBe("error");
        line["message"]!.GetValue<string>().ShouldContain(path);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = await TapCommandLine.RunAsync(args, RunServices.Console(stdout, stderr), CancellationToken.None);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
