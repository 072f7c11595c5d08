using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Faults;

public sealed class FaultSwitchesTests
{
    [Fact]
    public async Task A_429_burst_lasts_for_its_count_of_requests()
    {
        await using var account = await TestAccount.Start();
        account.Host.Faults.RateLimitBurst(2, retryAfterSeconds: 7);

        var first = await account.Get("/api/v2/groups");
        var second = await account.Get("/api/v2/users");
        var third = await account.Get("/api/v2/groups");

        first.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        first.Header("Retry-After").ShouldBe("7");
        second.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(500, null)]
    [InlineData(502, null)]
    [InlineData(503, 3)]
    [InlineData(503, null)]
    public async Task Server_errors_come_with_or_without_retry_after(int status, int? retryAfter)
    {
        await using var account = await TestAccount.Start();
        account.Host.Faults.ServerError(status, 1, retryAfter);

        var failed = await account.Get("/api/v2/groups");
        var recovered = await account.Get("/api/v2/groups");

        ((int)failed.Status).ShouldBe(status);
        failed.Header("Retry-After").ShouldBe(retryAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        recovered.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Faults_can_be_limited_to_a_path_prefix()
    {
        await using var account = await TestAccount.Start();
        account.Host.Faults.Conflict(1, "/api/v2/incremental");

        var list = await account.Get("/api/v2/groups");
        var export = await account.Get("/api/v2/incremental/organizations.json?start_time=0");

        list.Status.ShouldBe(HttpStatusCode.OK);
        export.Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_request()
    {
        await using var account = await TestAccount.Start();
        account.Host.Faults.Drop(1);

        await Should.ThrowAsync<HttpRequestException>(() => account.Get("/api/v2/groups"));
        (await account.Get("/api/v2/groups")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_truncated_body_ends_before_its_content_length()
    {
        await using var account = await TestAccount.Start();
        account.Host.Faults.Truncate(1);

        var error = await Should.ThrowAsync<Exception>(() => account.Get("/api/v2/users?per_page=100"));

        (error is HttpRequestException or IOException).ShouldBeTrue(error.ToString());
        (await account.Get("/api/v2/users?per_page=100")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_slow_response_still_arrives_whole()
    {
        await using var account = await TestAccount.Start();
        account.Host.Faults.Slow(TimeSpan.FromMilliseconds(300), 1);
        using var impatient = new HttpClient { BaseAddress = new Uri(account.Host.BaseUrl), Timeout = TimeSpan.FromMilliseconds(50) };
        impatient.DefaultRequestHeaders.Authorization = System.Net.Http.Headers.AuthenticationHeaderValue.Parse(account.Host.Credentials.BasicHeader);

        await Should.ThrowAsync<TaskCanceledException>(() => impatient.GetAsync(new Uri("/api/v2/groups", UriKind.Relative)));
        account.Host.Faults.Slow(TimeSpan.FromMilliseconds(100), 1);
        var slow = await account.Get("/api/v2/groups");

        slow.Status.ShouldBe(HttpStatusCode.OK);
        slow.Items("groups").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Expiring_tokens_refuses_the_request_that_carried_one_and_later_ones_until_a_new_token()
    {
        await using var account = await TestAccount.Start();
        var bearer = account.Host.Credentials.BearerHeader;
        account.Host.Faults.ExpireTokens(1, "/api/v2/users");

        var before = await account.Get("/api/v2/groups", bearer);
        var expiring = await account.Get("/api/v2/users", bearer);
        var after = await account.Get("/api/v2/groups", bearer);

        before.Status.ShouldBe(HttpStatusCode.OK);
        expiring.Status.ShouldBe(HttpStatusCode.Unauthorized);
        expiring.Json.Text("error").ShouldBe("invalid_token");
        after.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
