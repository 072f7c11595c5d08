using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

public sealed class OAuthEndpointsTests
{
    [Fact]
    public async Task An_expired_access_token_is_refused_until_the_client_refreshes_it()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { AccessTokenLifetime = TimeSpan.FromHours(1) });
        var credentials = account.Host.Credentials;
        var oldBearer = credentials.BearerHeader;
        (await account.Get("/api/v2/groups", oldBearer)).Status.ShouldBe(HttpStatusCode.OK);

        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var expired = await account.Get("/api/v2/groups", oldBearer);
        var refresh = await account.Send(
            HttpMethod.Post,
            "/oauth/tokens",
            $$"""{"grant_type":"refresh_token","refresh_token":"{{credentials.RefreshToken}}","client_id":"{{credentials.ClientId}}","client_secret":"{{credentials.ClientSecret}}"}""");

        expired.Status.ShouldBe(HttpStatusCode.Unauthorized);
        expired.Json.Text("error").ShouldBe("invalid_token");
        refresh.Status.ShouldBe(HttpStatusCode.OK);
        refresh.Json.Text("token_type").ShouldBe("bearer");
        refresh.Json.Long("expires_in").ShouldBe(3600);
        var access = refresh.Json.Text("access_token")!;
        (await account.Get("/api/v2/groups", "Bearer " + access)).Status.ShouldBe(HttpStatusCode.OK);
        (await account.Get("/api/v2/groups", oldBearer)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_used_refresh_token_cannot_be_used_again()
    {
        await using var account = await TestAccount.Start();
        var body = $$"""{"grant_type":"refresh_token","refresh_token":"{{account.Host.Credentials.RefreshToken}}"}""";

        var first = await account.Send(HttpMethod.Post, "/oauth/tokens", body);
        var second = await account.Send(HttpMethod.Post, "/oauth/tokens", body);

        first.Status.ShouldBe(HttpStatusCode.OK);
        first.Json.Text("refresh_token").ShouldNotBe(account.Host.Options.RefreshToken);
        second.Status.ShouldBe(HttpStatusCode.BadRequest);
        second.Json.Text("error").ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task A_refresh_deletes_the_old_pair_so_neither_old_token_works_and_the_new_pair_does()
    {
        await using var account = await TestAccount.Start();
        var credentials = account.Host.Credentials;
        var oldBearer = credentials.BearerHeader;
        var oldRefresh = credentials.RefreshToken;

        var refreshed = await account.Send(HttpMethod.Post, "/oauth/tokens", $$"""{"grant_type":"refresh_token","refresh_token":"{{oldRefresh}}"}""");
        var withOldAccess = await account.Get("/api/v2/groups", oldBearer);
        var withOldRefresh = await account.Send(HttpMethod.Post, "/oauth/tokens", $$"""{"grant_type":"refresh_token","refresh_token":"{{oldRefresh}}"}""");
        var withNewAccess = await account.Get("/api/v2/groups", "Bearer " + refreshed.Json.Text("access_token"));
        var withNewRefresh = await account.Send(HttpMethod.Post, "/oauth/tokens", $$"""{"grant_type":"refresh_token","refresh_token":"{{refreshed.Json.Text("refresh_token")}}"}""");

        refreshed.Status.ShouldBe(HttpStatusCode.OK);
        withOldAccess.Status.ShouldBe(HttpStatusCode.Unauthorized);
        withOldAccess.Body.ShouldBe("""{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}""");
        withOldRefresh.Status.ShouldBe(HttpStatusCode.BadRequest);
        withOldRefresh.Json.Text("error").ShouldBe("invalid_grant");
        withNewAccess.Status.ShouldBe(HttpStatusCode.OK);
        withNewRefresh.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_requests_are_counted_by_grant_type_issued_and_refused_apart()
    {
        await using var account = await TestAccount.Start();
        var credentials = account.Host.Credentials;
        var client = $$""" "client_id":"{{credentials.ClientId}}","client_secret":"{{credentials.ClientSecret}}" """.Trim();

        await account.Send(HttpMethod.Post, "/oauth/tokens", $$"""{"grant_type":"client_credentials",{{client}},"scope":"read"}""");
        await account.Send(HttpMethod.Post, "/oauth/tokens", $$"""{"grant_type":"client_credentials","client_id":"{{credentials.ClientId}}","client_secret":"wrong","scope":"read"}""");
        await account.Send(HttpMethod.Post, "/oauth/tokens", $$"""{"grant_type":"refresh_token","refresh_token":"{{credentials.RefreshToken}}"}""");
        await account.Send(HttpMethod.Post, "/oauth/tokens", """{"grant_type":"password","username":"a","password":"b"}""");
        var admin = await account.Send(new HttpRequestMessage(HttpMethod.Get, "/__admin/requests"), string.Empty);
        var issuedBeforeReset = account.Host.Requests.TokensIssued("client_credentials");
        await account.Send(new HttpRequestMessage(HttpMethod.Delete, "/__admin/requests"), string.Empty);

        admin.Json.GetProperty("tokens").GetProperty("issued").Long("client_credentials").ShouldBe(1);
        admin.Json.GetProperty("tokens").GetProperty("issued").Long("refresh_token").ShouldBe(1);
        admin.Json.GetProperty("tokens").GetProperty("refused").Long("client_credentials").ShouldBe(1);
        admin.Json.GetProperty("tokens").GetProperty("refused").Long("unsupported").ShouldBe(1);
        admin.Json.GetProperty("endpoints").Long("POST /oauth/tokens").ShouldBe(4);
        issuedBeforeReset.ShouldBe(1);
        account.Host.Requests.TokensIssued("client_credentials").ShouldBe(0);
        account.Host.Requests.TokensRefused("client_credentials").ShouldBe(0);
    }

    [Fact]
    public async Task A_test_can_expire_the_access_token_at_once()
    {
        await using var account = await TestAccount.Start();

        account.Host.Credentials.ExpireAccessToken();

        (await account.Get("/api/v2/groups", account.Host.Credentials.BearerHeader)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
