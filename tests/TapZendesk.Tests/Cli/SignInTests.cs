using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Cli;

/// <summary>Signing in with OAuth against the simulated account: client credentials, and refresh tokens that rotate.</summary>
public sealed class SignInTests : IDisposable
{
    private static readonly string[] Compared = ["tickets", "ticket_audits", "ticket_events", "ticket_comments", "users", "organizations"];

    private readonly string _folder = Directory.CreateTempSubdirectory("tap-sign-in-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Client_credentials_carry_a_sync_across_several_token_lifetimes_without_a_refused_request()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 30, RateLimits = false, ClockRunning = true, ClientTokenLifetime = TimeSpan.FromSeconds(6) });
        var reference = await TapHarness.RunAsync(simulator, new TapSetup());
        simulator.Requests.Reset();

        // Small pages, each answered a little late, make a run of several token lifetimes.
        simulator.Faults.Slow(TimeSpan.FromMilliseconds(100), 100_000, "/api/v2/");
        var run = await TapHarness.RunAsync(simulator, ClientCredentials(simulator).With("page_size", 2));

        run.ExitCode.ShouldBe(0, run.Stderr);
        ShouldMatch(run, reference);
        simulator.Requests.ForStatus(401).ShouldBe(0, "each token is renewed before it expires");
        simulator.Requests.TokensIssued("client_credentials").ShouldBeGreaterThanOrEqualTo(3);
        run.Stderr.ShouldContain("signed in with the OAuth client credentials");
        run.Stderr.ShouldNotContain(simulator.Options.ClientSecret);
    }

    [Theory]
    [InlineData("/api/v2/incremental/ticket_events", 3)]
    [InlineData("/api/v2/tickets/", 5)]
    public async Task Tokens_that_expire_in_the_middle_of_an_export_or_of_the_per_ticket_reads_are_renewed_once(string path, int before)
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 30, RateLimits = false });
        var reference = await TapHarness.RunAsync(simulator, new TapSetup());
        simulator.Requests.Reset();

        // Rules match in order: the requests to the path pass untouched until the one that expires every token.
        simulator.Faults.Slow(TimeSpan.Zero, before, path);
        simulator.Faults.ExpireTokens(1, path);
        var run = await TapHarness.RunAsync(simulator, ClientCredentials(simulator).With("page_size", 5));

        run.ExitCode.ShouldBe(0, run.Stderr);
        simulator.Faults.Armed().ShouldBeEmpty();
        ShouldMatch(run, reference);
        simulator.Requests.ForStatus(401).ShouldBeGreaterThanOrEqualTo(1);
        simulator.Requests.TokensIssued("client_credentials").ShouldBe(2, "one sign-in, and one renewal shared by every request the expiry refused");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_rotated_refresh_token_is_kept_in_the_token_file_and_the_next_run_starts_from_it()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var tokenFile = Path.Combine(_folder, "tokens.json");
        var setup = RefreshTokens(simulator).With("token_file", tokenFile);

        var first = await TapHarness.RunAsync(simulator, setup);
        var kept = File.ReadAllText(tokenFile);

        // Time passes: the kept token is about to expire when the next run starts.
        var aged = JsonNode.Parse(kept)!.AsObject();
        aged["expires_at"] = TimeProvider.System.GetUtcNow().AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(tokenFile, aged.ToJsonString());
        simulator.Credentials.ExpireAccessToken();
        var second = await TapHarness.RunAsync(simulator, setup);

        first.ExitCode.ShouldBe(0, first.Stderr);
        second.ExitCode.ShouldBe(0, second.Stderr);
        first.Stderr.ShouldContain($"the new OAuth token pair is kept in the token file '{tokenFile}' for the next run");
        second.Stderr.ShouldContain($"using the OAuth tokens kept in the token file '{tokenFile}'");
        second.Records("tickets").Count().ShouldBe(20);
        File.GetUnixFileMode(tokenFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(tokenFile).ShouldNotBe(kept, "the second run rotated the pair again");
        File.ReadAllText(tokenFile).ShouldContain(simulator.Credentials.RefreshToken);
        simulator.Requests.TokensIssued("refresh_token").ShouldBe(2);
        simulator.Requests.TokensRefused("refresh_token").ShouldBe(0);
        simulator.Requests.ForStatus(401).ShouldBe(0, "a pair whose expiry is unknown or near is renewed before the first request");
        foreach (var output in new[] { first.Stderr, second.Stderr, first.Text, second.Text })
        {
            output.ShouldNotContain(simulator.Credentials.RefreshToken);
            output.ShouldNotContain(simulator.Credentials.AccessToken);
        }
    }

    [Fact]
    public async Task Without_a_token_file_the_rotated_pair_goes_back_into_the_config_file_for_the_next_run()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var config = TapHarness.DefaultConfig(simulator);
        foreach (var (key, value) in RefreshTokens(simulator).Config)
        {
            if (value is null)
            {
                config.Remove(key);
            }
            else
            {
                config[key] = value.DeepClone();
            }
        }

        var path = Path.Combine(_folder, "config.json");
        File.WriteAllText(path, config.ToJsonString());
        var setup = new TapSetup { ConfigFile = path };

        var first = await TapHarness.RunAsync(simulator, setup);
        var second = await TapHarness.RunAsync(simulator, setup);

        first.ExitCode.ShouldBe(0, first.Stderr);
        second.ExitCode.ShouldBe(0, second.Stderr);
        first.Stderr.ShouldContain($"the new OAuth token pair is kept in the config file '{path}'");
        var written = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        written["refresh_token"]!.GetValue<string>().ShouldBe(simulator.Credentials.RefreshToken);
        written["start_date"]!.GetValue<string>().ShouldBe(TapHarness.StartDate);
        written.Select(p => p.Key).ShouldBe(config.Select(p => p.Key));
        simulator.Requests.TokensIssued("refresh_token").ShouldBe(2);
        simulator.Requests.ForStatus(401).ShouldBe(0);
    }

    [Fact]
    public async Task A_refresh_token_zendesk_refuses_stops_the_run_with_exit_2_naming_the_credential_to_renew()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        const string Dead = "sim-oauth-refresh-deleted-2f9c4e";

        var run = await TapHarness.RunAsync(simulator, RefreshTokens(simulator).With("refresh_token", Dead));

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("Zendesk refused to refresh the OAuth access token");
        run.Stderr.ShouldContain("the refresh token in the config file");
        run.Stderr.ShouldContain("sign in again");
        run.Stderr.ShouldNotContain(Dead);
        run.Stderr.ShouldNotContain(simulator.Options.ClientSecret);
        run.OfType("RECORD").ShouldBeEmpty();
    }

    private static TapSetup ClientCredentials(SimulatorHost simulator) => new TapSetup()
        .With("email", null)
        .With("api_token", null)
        .With("client_id", simulator.Options.ClientId)
        .With("client_secret", simulator.Options.ClientSecret);

    private static TapSetup RefreshTokens(SimulatorHost simulator) => ClientCredentials(simulator)
        .With("access_token", simulator.Credentials.AccessToken)
        .With("refresh_token", simulator.Credentials.RefreshToken);

    private static void ShouldMatch(TapOutput run, TapOutput reference)
    {
        foreach (var stream in Compared)
        {
            var ids = run.Records(stream).Select(r => (long)r["id"]!).Order().ToList();
            ids.ShouldBe(reference.Records(stream).Select(r => (long)r["id"]!).Order().ToList(), stream);
            ids.ShouldNotBeEmpty(stream);
        }
    }
}
