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
    public async Task A_test_can_expire_the_access_token_at_once()
    {
        await using var account = await TestAccount.Start();

        account.Host.Credentials.ExpireAccessToken();

        (await account.Get("/api/v2/groups", account.Host.Credentials.BearerHeader)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
