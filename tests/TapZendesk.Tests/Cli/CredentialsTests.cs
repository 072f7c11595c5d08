using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Cli;

/// <summary>Both credential forms work, refused ones are reported clearly, and no secret is ever printed.</summary>
public sealed class CredentialsTests : IDisposable
{
    private static readonly SimulatorOptions Distinctive = new()
    {
        Tickets = 20,
        RateLimits = false,
        Email = "owner@distinctive.example",
        ApiToken = "ApiTok-7f3a9c1e5b2d4e6f8a0b",
        AccessToken = "OAuthAcc-91c2d3e4f5a6b7c8d9e0",
        RefreshToken = "OAuthRef-0a1b2c3d4e5f6a7b8c9d",
        ClientSecret = "ClientSec-5e4d3c2b1a0f9e8d7c6b",
        AccessTokenLifetime = TimeSpan.FromMinutes(30),
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("tap-credentials-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_email_and_api_token_form_syncs()
    {
        await using var simulator = await Simulators.StartAsync(Distinctive);

        var run = await TapHarness.RunAsync(simulator, new TapSetup());

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Records("tickets").Count().ShouldBe(20);
    }

    [Fact]
    public async Task The_oauth_form_syncs_and_refreshes_a_token_that_expired_since_the_last_run()
    {
        await using var simulator = await Simulators.StartAsync(Distinctive);
        var setup = OAuth(simulator);

        var fresh = await TapHarness.RunAsync(simulator, setup);
        simulator.Clock.Advance(TimeSpan.FromHours(1));
        var refreshed = await TapHarness.RunAsync(simulator, setup);

        fresh.ExitCode.ShouldBe(0, fresh.Stderr);
        fresh.Records("tickets").Count().ShouldBe(20);
        refreshed.ExitCode.ShouldBe(0, refreshed.Stderr);
        refreshed.Records("tickets").Count().ShouldBe(20);
    }

    [Fact]
    public async Task Refused_credentials_stop_the_run_with_a_clear_error()
    {
        await using var simulator = await Simulators.StartAsync(Distinctive);

        var run = await TapHarness.RunAsync(simulator, new TapSetup().With("api_token", "Wrong-Token-3b9f8e7d6c5a"));

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("401");
        run.Stderr.ShouldNotContain("Wrong-Token-3b9f8e7d6c5a");
        run.OfType("RECORD").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_address_without_a_help_desk_stops_the_run_naming_the_host()
    {
        await using var simulator = await Simulators.StartAsync(Distinctive);
        simulator.Settings.AccountExists = false;

        var run = await TapHarness.RunAsync(simulator, new TapSetup());

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("help desk", Case.Insensitive);
        run.Stderr.ShouldContain("127.0.0.1");
    }

    [Fact]
    public async Task No_secret_appears_in_stdout_or_stderr()
    {
        await using var simulator = await Simulators.StartAsync(Distinctive);
        simulator.Faults.ServerError(503, 1, pathPrefix: "/api/v2/groups");
        simulator.Faults.RateLimitBurst(1, 1, "/api/v2/macros");
        var runs = new List<TapOutput>
        {
            await TapHarness.RunAsync(simulator, new TapSetup()),
            await TapHarness.RunAsync(simulator, new TapSetup { ExtraArguments = ["--log-format", "json"] }),
            await TapHarness.RunAsync(simulator, OAuth(simulator)),
            await TapHarness.RunAsync(simulator, new TapSetup { Discover = true }),
        };
        simulator.Clock.Advance(TimeSpan.FromHours(1));
        runs.Add(await TapHarness.RunAsync(simulator, OAuth(simulator)));
        runs.Add(await TapHarness.RunAsync(simulator, OAuth(simulator).With("token_file", null).With("refresh_token", "OAuthRef-bogus-77aa88bb99cc")));
        simulator.Settings.AccountExists = false;
        runs.Add(await TapHarness.RunAsync(simulator, new TapSetup()));

        var secrets = new[]
        {
            Distinctive.ApiToken, Distinctive.AccessToken, Distinctive.RefreshToken, Distinctive.ClientSecret, "OAuthRef-bogus-77aa88bb99cc",
            simulator.Credentials.AccessToken, simulator.Credentials.RefreshToken,
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Distinctive.Email}/token:{Distinctive.ApiToken}")),
        };
        runs.Count(r => r.ExitCode == 0).ShouldBe(5);
        foreach (var run in runs)
        {
            foreach (var secret in secrets)
            {
                run.Text.ShouldNotContain(secret);
                run.Stderr.ShouldNotContain(secret);
            }
        }
    }

    /// <summary>The OAuth form as it should be set up: the rotated pair kept in a token file between runs.</summary>
    private TapSetup OAuth(SimulatorHost simulator) => new()
    {
        Config = new Dictionary<string, JsonNode?>
        {
            ["token_file"] = Path.Combine(_folder, "tokens.json"),
            ["email"] = null,
            ["api_token"] = null,
            ["access_token"] = Distinctive.AccessToken,
            ["refresh_token"] = Distinctive.RefreshToken,
            ["client_id"] = simulator.Options.ClientId,
            ["client_secret"] = Distinctive.ClientSecret,
        },
    };
}
