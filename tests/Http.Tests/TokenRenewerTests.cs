using System.Runtime.Versioning;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Zendesk.Singer.Http.Tests;

public sealed class TokenRenewerTests
{
    private const string OldAccess = "access-old-Vn31kq";
    private const string OldRefresh = "refresh-old-Pz72mc";
    private const string NewAccess = "access-new-Hw58rt";
    private const string NewRefresh = "refresh-new-Lq09xa";
    private const string ClientSecret = "client-secret-Ts44bn";

    private static readonly Func<HttpContext, Task> Expired = ScriptedZendesk.Json(
        401,
        """{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}""");

    private static readonly Func<HttpContext, Task> NewTokens = ScriptedZendesk.Json(
        200,
        $$"""{"access_token":"{{NewAccess}}","refresh_token":"{{NewRefresh}}","token_type":"bearer","scope":"read","expires_in":172800}""");

    [Fact]
    public async Task Refreshes_once_on_a_401_and_repeats_the_request_with_the_new_token()
    {
        await using var bed = await StartAsync();
        bed.Server.Then(Expired).Then(NewTokens).Then(ScriptedZendesk.Json(200, """{"users":[]}"""));

        var text = await bed.GetTextAsync("/api/v2/users");

        text.ShouldBe("""{"users":[]}""");
        var seen = bed.Server.Requests;
        seen.Select(r => (r.Method, r.Target)).ShouldBe([("GET", "/api/v2/users"), ("POST", "/oauth/tokens"), ("GET", "/api/v2/users")]);
        seen[0].Authorization.ShouldBe($"Bearer {OldAccess}");
        seen[2].Authorization.ShouldBe($"Bearer {NewAccess}");
        using var body = JsonDocument.Parse(seen[1].Body);
        body.RootElement.GetProperty("grant_type").GetString().ShouldBe("refresh_token");
        body.RootElement.GetProperty("refresh_token").GetString().ShouldBe(OldRefresh);
        body.RootElement.GetProperty("client_id").GetString().ShouldBe("tap-client");
        body.RootElement.GetProperty("client_secret").GetString().ShouldBe(ClientSecret);
        bed.Client.Counters.CoreRequests.ShouldBe(3);
    }

    [Fact]
    public async Task Uses_the_new_refresh_token_for_the_next_refresh_and_keeps_both_tokens_out_of_the_log()
    {
        await using var bed = await StartAsync();
        bed.Server.Then(Expired).Then(NewTokens).Then(ScriptedZendesk.Json(200, "{}"))
            .Then(Expired).Then(ScriptedZendesk.Json(200, """{"access_token":"access-third-Qa12ws"}""")).Then(ScriptedZendesk.Json(200, "{}"));

        await bed.GetTextAsync("/api/v2/users");
        bed.Log.Info($"tokens now {NewAccess} and {NewRefresh}");
        await bed.GetTextAsync("/api/v2/groups");

        bed.Server.Requests[4].Body.ShouldContain(NewRefresh);
        bed.Server.Requests[5].Authorization.ShouldBe("Bearer access-third-Qa12ws");
        var log = bed.LogText.ToString();
        log.ShouldContain("refreshed the OAuth access token");
        log.ShouldContain("tokens now *** and ***");
        log.ShouldNotContain(NewAccess);
        log.ShouldNotContain(NewRefresh);
    }

    [Fact]
    public async Task Reports_the_credentials_as_refused_when_the_new_token_is_refused_too()
    {
        await using var bed = await StartAsync();
        bed.Server.Then(Expired).Then(NewTokens).Then(Expired);

        var error = await Should.ThrowAsync<ZendeskAuthenticationException>(bed.GetTextAsync("/api/v2/users"));

        error.Message.ShouldContain("HTTP 401");
        error.Message.ShouldContain("issued and refused all the same");
        bed.Server.Requests.Count(r => r.Method == "POST").ShouldBe(1);
        bed.Server.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Reports_a_refused_refresh_without_any_secret()
    {
        await using var bed = await StartAsync();
        bed.Server.Then(Expired).Then(ScriptedZendesk.Json(400, $$"""{"error":"invalid_grant","error_description":"refresh token {{OldRefresh}} is invalid"}"""));

        var error = await Should.ThrowAsync<OAuthGrantRefusedException>(bed.GetTextAsync("/api/v2/users"));

        error.Message.ShouldContain("Zendesk refused to refresh the OAuth access token (HTTP 400)");
        error.Message.ShouldContain("the refresh token in the config is no longer valid");
        foreach (var secret in new[] { OldAccess, OldRefresh, ClientSecret })
        {
            error.Message.ShouldNotContain(secret);
        }
    }

    [Fact]
    public async Task Does_not_refresh_without_a_refresh_token()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { Email = null, ApiToken = null, AccessToken = OldAccess });
        bed.Server.Then(Expired);

        var error = await Should.ThrowAsync<ZendeskAuthenticationException>(bed.GetTextAsync("/api/v2/users"));

        error.ZendeskMessage.ShouldNotBeNull().ShouldStartWith("invalid_token");
        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_401s_share_one_refresh()
    {
        await using var bed = await StartAsync();
        var tokens = NewTokens;
        var ok = ScriptedZendesk.Json(200, "{}");
        bed.Server.Fallback = context =>
            context.Request.Method == "POST" ? tokens(context)
            : context.Request.Headers.Authorization == $"Bearer {NewAccess}" ? ok(context)
            : Expired(context);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => bed.GetTextAsync($"/api/v2/tickets/{i}/audits")));

        bed.Server.Requests.Count(r => r.Method == "POST").ShouldBe(1);
        bed.Server.Requests.Count(r => r.Authorization == $"Bearer {NewAccess}").ShouldBe(6);
    }

    [Fact]
    public async Task Client_credentials_buy_a_token_before_the_first_request_with_the_scope_and_lifetime_asked()
    {
        await using var bed = await StartWithClientCredentialsAsync();
        bed.Server.Then(Granted("cc-token-one-Rt5", 1800)).Then(ScriptedZendesk.Json(200, """{"users":[]}"""));

        await bed.GetTextAsync("/api/v2/users");

        var seen = bed.Server.Requests;
        seen.Select(r => (r.Method, r.Target)).ShouldBe([("POST", "/oauth/tokens"), ("GET", "/api/v2/users")]);
        seen[1].Authorization.ShouldBe("Bearer cc-token-one-Rt5");
        using var body = JsonDocument.Parse(seen[0].Body);
        body.RootElement.GetProperty("grant_type").GetString().ShouldBe("client_credentials");
        body.RootElement.GetProperty("scope").GetString().ShouldBe("read");
        body.RootElement.GetProperty("client_id").GetString().ShouldBe("tap-client");
        body.RootElement.GetProperty("expires_in").GetInt64().ShouldBe(1800);
        bed.LogText.ToString().ShouldContain("signed in with the OAuth client credentials, valid for 30 min");
        bed.LogText.ToString().ShouldNotContain(ClientSecret);
    }

    [Fact]
    public async Task A_token_is_renewed_shortly_before_it_expires_so_no_request_is_refused()
    {
        await using var bed = await StartWithClientCredentialsAsync();
        bed.Server.Then(Granted("cc-token-one-Rt5", 600)).Then(ScriptedZendesk.Json(200, "{}"))
            .Then(ScriptedZendesk.Json(200, "{}"))
            .Then(Granted("cc-token-two-Wq8", 600)).Then(ScriptedZendesk.Json(200, "{}"));

        await bed.GetTextAsync("/api/v2/users");
        bed.Clock.Advance(TimeSpan.FromSeconds(449));
        await bed.GetTextAsync("/api/v2/groups");
        bed.Clock.Advance(TimeSpan.FromSeconds(1));
        await bed.GetTextAsync("/api/v2/tags");

        var seen = bed.Server.Requests;
        seen.Select(r => r.Method).ShouldBe(["POST", "GET", "GET", "POST", "GET"]);
        seen[2].Authorization.ShouldBe("Bearer cc-token-one-Rt5");
        seen[4].Authorization.ShouldBe("Bearer cc-token-two-Wq8");
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_grant()
    {
        await using var bed = await StartWithClientCredentialsAsync();
        var grant = Granted("cc-token-one-Rt5", 1800);
        var ok = ScriptedZendesk.Json(200, "{}");
        bed.Server.Fallback = context => context.Request.Method == "POST" ? grant(context) : ok(context);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => bed.GetTextAsync($"/api/v2/tickets/{i}/audits")));

        bed.Server.Requests.Count(r => r.Method == "POST").ShouldBe(1);
        bed.Server.Requests.Count(r => r.Authorization == "Bearer cc-token-one-Rt5").ShouldBe(6);
    }

    [Fact]
    public async Task Refused_client_credentials_name_what_to_check()
    {
        await using var bed = await StartWithClientCredentialsAsync();
        bed.Server.Then(ScriptedZendesk.Json(401, """{"error":"invalid_client","error_description":"Client authentication failed."}"""));

        var error = await Should.ThrowAsync<OAuthGrantRefusedException>(bed.GetTextAsync("/api/v2/users"));

        error.Message.ShouldContain("Zendesk refused the OAuth client credentials (HTTP 401)");
        error.Message.ShouldContain("check client_id and client_secret");
        error.Message.ShouldNotContain(ClientSecret);
        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_rotated_pair_is_kept_in_the_token_file_before_it_is_used()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "tokens.json");
        await using var bed = await HttpTestbed.StartAsync(o => RefreshOptions(o) with { TokenKeeper = new TokenFile(path) });
        string? keptWhenUsed = null;
        var ok = ScriptedZendesk.Json(200, "{}");
        bed.Server.Then(Expired).Then(NewTokens).Then(context =>
        {
            keptWhenUsed = File.ReadAllText(path);
            return ok(context);
        });

        await bed.GetTextAsync("/api/v2/users");

        keptWhenUsed.ShouldNotBeNull().ShouldContain(NewRefresh);
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var kept = new TokenFile(path).Read().ShouldNotBeNull();
        (kept.AccessToken, kept.RefreshToken).ShouldBe((NewAccess, NewRefresh));
        kept.ExpiresAt.ShouldBe(RecordingClock.Origin.AddSeconds(172800));
        bed.LogText.ToString().ShouldContain($"the new OAuth token pair is kept in the token file '{path}' for the next run");
        Directory.GetFiles(directory.Path).ShouldBe([path]);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Without_a_token_file_the_rotated_pair_goes_back_into_the_config_file_keeping_its_other_keys_and_mode()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "config.json");
        File.WriteAllText(path, $$"""{"subdomain":"acme","access_token":"{{OldAccess}}","refresh_token":"{{OldRefresh}}","start_date":"2025-01-01T00:00:00Z"}""");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        await using var bed = await HttpTestbed.StartAsync(o => RefreshOptions(o) with { TokenKeeper = new ConfigFileTokens(path) });
        bed.Server.Then(Expired).Then(NewTokens).Then(ScriptedZendesk.Json(200, "{}"));

        await bed.GetTextAsync("/api/v2/users");

        using var config = JsonDocument.Parse(File.ReadAllText(path));
        config.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["subdomain", "access_token", "refresh_token", "start_date"]);
        config.RootElement.GetProperty("refresh_token").GetString().ShouldBe(NewRefresh);
        config.RootElement.GetProperty("access_token").GetString().ShouldBe(NewAccess);
        config.RootElement.GetProperty("start_date").GetString().ShouldBe("2025-01-01T00:00:00Z");
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
    }

    [Fact]
    public async Task A_refresh_token_whose_access_token_has_an_unknown_expiry_is_renewed_before_the_first_request()
    {
        await using var bed = await HttpTestbed.StartAsync(o => RefreshOptions(o) with { AccessTokenExpiresAt = null });
        bed.Server.Then(NewTokens).Then(ScriptedZendesk.Json(200, "{}"));

        await bed.GetTextAsync("/api/v2/users");

        bed.Server.Requests.Select(r => r.Method).ShouldBe(["POST", "GET"]);
        bed.Server.Requests[1].Authorization.ShouldBe($"Bearer {NewAccess}");
    }

    private static Func<HttpContext, Task> Granted(string token, int expiresIn) =>
        ScriptedZendesk.Json(200, $$"""{"access_token":"{{token}}","token_type":"bearer","scope":"read","expires_in":{{expiresIn}}}""");

    private static Task<HttpTestbed> StartWithClientCredentialsAsync() => HttpTestbed.StartAsync(ClientCredentialsOptions);

    /// <summary>A refresh pair whose access token is valid for an hour yet: only a 401 makes it renew.</summary>
    private static Task<HttpTestbed> StartAsync() => HttpTestbed.StartAsync(RefreshOptions);

    private static ZendeskClientOptions ClientCredentialsOptions(ZendeskClientOptions o) => o with
    {
        Email = null,
        ApiToken = null,
        ClientId = "tap-client",
        ClientSecret = ClientSecret,
    };

    private static ZendeskClientOptions RefreshOptions(ZendeskClientOptions o) => ClientCredentialsOptions(o) with
    {
        AccessToken = OldAccess,
        AccessTokenExpiresAt = RecordingClock.Origin.AddHours(1),
        RefreshToken = OldRefresh,
    };
}
