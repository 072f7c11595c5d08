using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Singer.Destination.Cli;
using Zendesk.Singer.Destination.Tests.Fixtures;
using static Zendesk.Singer.Destination.Tests.Fixtures.Records;

namespace Zendesk.Singer.Destination.Tests.Cli;

public sealed class TargetCommandLineTests
{
    [Fact]
    public async Task About_lists_every_setting_with_the_secrets_marked()
    {
        var (code, stdout, _) = await RunAsync("--about", "--format", "json");

        code.ShouldBe(0);
        var about = JsonNode.Parse(stdout)!;
        about["name"]!.GetValue<string>().ShouldBe("target-zendesk");
        var settings = about["settings"]!["properties"]!.AsObject().Select(s => s.Key).ToList();
        settings.ShouldContain("create_users_as_verified");
        settings.ShouldContain("remove_users_from_organizations");
        settings.ShouldContain("send_group_calls_without_user_id");
        settings.ShouldContain("events");
        settings.ShouldContain("client_secret");
        about["settings"]!["properties"]!["client_secret"]!["secret"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Help_names_the_program_and_its_usage()
    {
        var (code, stdout, _) = await RunAsync("--help");

        code.ShouldBe(0);
        stdout.ShouldContain("target-zendesk --config FILE --dry-run");
        stdout.ShouldContain("--dry-run");
    }

    [Fact]
    public async Task Without_a_config_it_says_what_is_missing_and_exits_2()
    {
        var (code, _, stderr) = await RunAsync();

        code.ShouldBe(2);
        stderr.ShouldContain("--config is required");
    }

    [Fact]
    public async Task A_config_setting_of_the_wrong_kind_is_named_and_exits_2()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["events"] = "Signed Up";

        var output = await bed.RunAsync(State(1));

        output.ExitCode.ShouldBe(2);
        output.Stderr.ShouldContain("\"events\" must be a list of event names");
    }

    [Fact]
    public async Task Credentials_zendesk_refuses_exit_2_without_showing_the_secret()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["client_secret"] = "wrong-secret-4PQx9";

        var output = await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"name":"Ann"}}"""), State(1));

        output.ExitCode.ShouldBe(2);
        output.Stderr.ShouldNotContain("wrong-secret-4PQx9");
        output.States.ShouldBeEmpty();
    }

    [Fact]
    public async Task No_secret_of_the_config_reaches_any_output()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["create_missing_fields"] = true;

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"bad","name":"Ann","extra":"x"}}"""),
            Track("""{"userId":"u-1","event":"Signed Up"}"""),
            State(1));

        var secret = bed.Config["client_secret"]!.GetValue<string>();
        (output.Stdout + output.Stderr + string.Concat(output.Rejects.Select(r => r.ToJsonString()))).ShouldNotContain(secret);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdin = new MemoryStream();
        using var stdout = new MemoryStream();
        await using var stderr = new StringWriter();
        var code = await TargetCommandLine.RunAsync(args, new DestinationRuntime(stdin, stdout, stderr, TimeProvider.System), CancellationToken.None);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
