using System.Net;
using System.Text;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

public sealed class OAuthEndpointsClientCredentialsTests
{
    private const string InvalidToken = """{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}""";

    [Fact]
    public async Task The_right_client_id_and_secret_get_a_bearer_token_with_the_asked_scope_and_no_refresh_token()
    {
        await using var account = await TestAccount.Start();

        var granted = await Grant(account, """ "scope":"read" """);

        granted.Status.ShouldBe(HttpStatusCode.OK, granted.Body);
        granted.Json.Text("token_type").ShouldBe("bearer");
        granted.Json.Text("scope").ShouldBe("read");
        granted.Json.TryGetProperty("expires_in", out _).ShouldBeFalse();
        granted.Json.TryGetProperty("refresh_token", out _).ShouldBeFalse();
        (await account.Get("/api/v2/groups", Bearer(granted))).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_requested_expires_in_is_answered_and_shortens_the_token_to_it()
    {
        await using var account = await TestAccount.Start();

        var granted = await Grant(account, """ "scope":"read","expires_in":600 """);
        account.Host.Clock.Advance(TimeSpan.FromSeconds(599));
        var justBefore = await account.Get("/api/v2/groups", Bearer(granted));
        account.Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await account.Get("/api/v2/groups", Bearer(granted));

        granted.Json.Long("expires_in").ShouldBe(600);
        justBefore.Status.ShouldBe(HttpStatusCode.OK);
        after.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_requested_expires_in_longer_than_the_configured_lifetime_is_cut_to_the_lifetime()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { ClientTokenLifetime = TimeSpan.FromMinutes(20) });

        var granted = await Grant(account, """ "scope":"read","expires_in":86400 """);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(20));

        granted.Json.Long("expires_in").ShouldBe(1200);
        (await account.Get("/api/v2/groups", Bearer(granted))).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_expires_after_the_lifetime_on_the_simulated_clock_with_zendesks_invalid_token_answer()
    {
        await using var account = await TestAccount.Start();

        var granted = await Grant(account, """ "scope":"read" """);
        account.Host.Clock.Advance(TimeSpan.FromSeconds(1799));
        var justBefore = await account.Get("/api/v2/groups", Bearer(granted));
        account.Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await account.Get("/api/v2/groups", Bearer(granted));

        justBefore.Status.ShouldBe(HttpStatusCode.OK);
        expired.Status.ShouldBe(HttpStatusCode.Unauthorized);
        expired.Body.ShouldBe(InvalidToken);
        expired.Header("WWW-Authenticate").ShouldBe("Bearer realm=\"Zendesk\", error=\"invalid_token\", error_description=\"The access token provided is expired, revoked, malformed or invalid for other reasons.\"");
    }

    [Theory]
    [InlineData(""" "client_id":"zendesk-simulator","client_secret":"not-the-secret" """)]
    [InlineData(""" "client_id":"another-client","client_secret":"sim-client-secret" """)]
    [InlineData(""" "client_id":"zendesk-simulator" """)]
    public async Task A_wrong_or_missing_client_id_or_secret_gets_401_invalid_client_and_no_token(string client)
    {
        await using var account = await TestAccount.Start();

        var refused = await Token(account, "{\"grant_type\":\"client_credentials\",\"scope\":\"read\"," + client.Trim() + "}");

        refused.Status.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Json.Text("error").ShouldBe("invalid_client");
        refused.Json.Text("error_description").ShouldNotBeNullOrEmpty();
        refused.Json.TryGetProperty("access_token", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData(""" "scope":"" """)]
    [InlineData(""" "scope":"everything" """)]
    [InlineData(""" "scope":"tickets:delete" """)]
    public async Task A_missing_or_unknown_scope_is_refused_with_invalid_scope(string scope)
    {
        await using var account = await TestAccount.Start();

        var refused = await Grant(account, scope);

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.Json.Text("error").ShouldBe("invalid_scope");
    }

    [Theory]
    [InlineData("60")]
    [InlineData("172801")]
    [InlineData("\"soon\"")]
    public async Task An_expires_in_outside_zendesks_bounds_is_refused_with_invalid_request(string expiresIn)
    {
        await using var account = await TestAccount.Start();

        var refused = await Grant(account, $$""" "scope":"read","expires_in":{{expiresIn}} """);

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.Json.Text("error").ShouldBe("invalid_request");
    }

    [Fact]
    public async Task A_form_encoded_request_is_granted_like_a_json_one()
    {
        await using var account = await TestAccount.Start();
        var credentials = account.Host.Credentials;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.ClientId,
            ["client_secret"] = credentials.ClientSecret,
            ["scope"] = "tickets:read users:read",
            ["expires_in"] = "900",
        });

        var granted = await account.Send(new HttpRequestMessage(HttpMethod.Post, "/oauth/tokens") { Content = form }, string.Empty);

        granted.Status.ShouldBe(HttpStatusCode.OK, granted.Body);
        granted.Json.Text("scope").ShouldBe("tickets:read users:read");
        granted.Json.Long("expires_in").ShouldBe(900);
        (await account.Get("/api/v2/users", Bearer(granted))).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_whose_scope_lacks_read_gets_403_naming_the_missing_scope()
    {
        await using var account = await TestAccount.Start();

        var tickets = await Grant(account, """ "scope":"tickets:read" """);
        var writeOnly = await Grant(account, """ "scope":"write" """);
        var onTickets = await account.Get("/api/v2/tickets", Bearer(tickets));
        var onGroups = await account.Get("/api/v2/groups", Bearer(tickets));
        var readWithWrite = await account.Get("/api/v2/groups", Bearer(writeOnly));

        onTickets.Status.ShouldBe(HttpStatusCode.OK);
        onGroups.Status.ShouldBe(HttpStatusCode.Forbidden);
        onGroups.Body.ShouldBe("""{"error":"Forbidden","description":"Missing the following required scopes: read"}""");
        readWithWrite.Status.ShouldBe(HttpStatusCode.Forbidden);
        readWithWrite.Body.ShouldBe("""{"error":"Forbidden","description":"Missing the following required scopes: read"}""");
    }

    [Fact]
    public async Task A_new_grant_leaves_earlier_tokens_working_each_with_its_own_scope_and_expiry()
    {
        await using var account = await TestAccount.Start();
        const string user = """{"user":{"name":"Side By Side","email":"side.by.side@example.com"}}""";

        var first = await Grant(account, """ "scope":"read" """);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(20));
        var second = await Grant(account, """ "scope":"read write" """);
        var firstReads = await account.Get("/api/v2/groups", Bearer(first));
        var secondReads = await account.Get("/api/v2/groups", Bearer(second));
        var firstWrites = await Write(account, Bearer(first), user);
        var secondWrites = await Write(account, Bearer(second), user);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(10));
        var firstLater = await account.Get("/api/v2/groups", Bearer(first));
        var secondLater = await account.Get("/api/v2/groups", Bearer(second));

        Bearer(first).ShouldNotBe(Bearer(second));
        firstReads.Status.ShouldBe(HttpStatusCode.OK);
        secondReads.Status.ShouldBe(HttpStatusCode.OK);
        firstWrites.Status.ShouldBe(HttpStatusCode.Forbidden);
        secondWrites.Status.ShouldBe(HttpStatusCode.Created, secondWrites.Body);
        firstLater.Status.ShouldBe(HttpStatusCode.Unauthorized);
        secondLater.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_test_expiring_the_access_token_expires_client_credentials_tokens_too()
    {
        await using var account = await TestAccount.Start();
        var granted = await Grant(account, """ "scope":"read" """);

        account.Host.Credentials.ExpireAccessToken();

        (await account.Get("/api/v2/groups", Bearer(granted))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await Grant(account, """ "scope":"read" """)).Status.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<Reply> Grant(TestAccount account, string fields)
    {
        var credentials = account.Host.Credentials;
        var more = fields.Trim();
        return Token(account, $$"""{"grant_type":"client_credentials","client_id":"{{credentials.ClientId}}","client_secret":"{{credentials.ClientSecret}}"{{(more.Length > 0 ? "," + more : string.Empty)}}}""");
    }

    // Token requests carry no Authorization header: the client authenticates with the body.
    private static Task<Reply> Token(TestAccount account, string json) =>
        account.Send(new HttpRequestMessage(HttpMethod.Post, "/oauth/tokens") { Content = new StringContent(json, Encoding.UTF8, "application/json") }, string.Empty);

    private static Task<Reply> Write(TestAccount account, string bearer, string json) =>
        account.Send(new HttpRequestMessage(HttpMethod.Post, "/api/v2/users/create_or_update") { Content = new StringContent(json, Encoding.UTF8, "application/json") }, bearer);

    private static string Bearer(Reply granted) =>
        granted.Json.ValueKind == JsonValueKind.Object && granted.Json.TryGetProperty("access_token", out var token)
            ? "Bearer " + token.GetString()
            : throw new InvalidOperationException("No token was granted: " + granted.Body);
}
