using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Zendesk.Singer.Http.Tests;

public sealed class OAuthRefresherTests
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
        error.Message.ShouldContain("refreshed and still refused");
        bed.Server.Requests.Count(r => r.Method == "POST").ShouldBe(1);
        bed.Server.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Reports_a_refused_refresh_without_any_secret()
    {
        await using var bed = await StartAsync();
        bed.Server.Then(Expired).Then(ScriptedZendesk.Json(400, $$"""{"error":"invalid_grant","error_description":"refresh token {{OldRefresh}} is invalid"}"""));

        var error = await Should.ThrowAsync<ZendeskAuthenticationException>(bed.GetTextAsync("/api/v2/users"));

        error.Message.ShouldContain("Zendesk refused to refresh the OAuth access token (HTTP 400)");
        error.Message.ShouldContain("check refresh_token, client_id and client_secret");
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

    private static Task<HttpTestbed> StartAsync() => HttpTestbed.StartAsync(o => o with
    {
        Email = null,
        ApiToken = null,
        AccessToken = OldAccess,
        RefreshToken = OldRefresh,
        ClientId = "tap-client",
        ClientSecret = ClientSecret,
    });
}
