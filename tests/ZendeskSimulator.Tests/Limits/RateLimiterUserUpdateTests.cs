using System.Net;
using Microsoft.Extensions.Time.Testing;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Limits;

/// <summary>The per-user update limit of create_or_update.</summary>
public sealed class RateLimiterUserUpdateTests
{
    private const string Upsert = "/api/v2/users/create_or_update";

    private static SimulatorOptions Limited(FakeTimeProvider time, double scale = 1) =>
        TestAccount.Small with { RateLimits = true, LimiterTime = time, TimeScale = scale };

    private static string Rename(string email, int n) => $$$"""{"user":{"email":"{{{email}}}","name":"Name {{{n}}}"}}""";

    private static async Task<string> EndUserEmail(TestAccount account) =>
        (await Writes.Users(account)).First(u => u.Text("role") == "end-user").Text("email")!;

    [Fact]
    public async Task The_sixth_update_of_one_user_in_a_minute_answers_429_in_plain_text_with_retry_after()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time));
        var email = await EndUserEmail(account);

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 5; i++)
        {
            statuses.Add((await account.Post(Upsert, Rename(email, i))).Status);
            time.Advance(TimeSpan.FromSeconds(5));
        }

        var sixth = await account.Post(Upsert, Rename(email, 6));

        statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
        sixth.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        sixth.Header("Content-Type").ShouldBe("text/plain; charset=utf-8");
        sixth.Body.ShouldStartWith("You have exceeded the rate limit for updating a single unique user.");
        sixth.Header("Retry-After").ShouldBe("35");
    }

    [Fact]
    public async Task A_refused_update_changes_nothing()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time));
        var email = await EndUserEmail(account);
        long id = 0;
        for (var i = 1; i <= 5; i++)
        {
            id = (await account.Post(Upsert, Rename(email, i)))["user"].Long("id");
        }

        await account.Post(Upsert, Rename(email, 6));

        (await account.Get($"/api/v2/users/{id}"))["user"].Text("name").ShouldBe("Name 5");
    }

    [Fact]
    public async Task The_window_slides_on_the_limiters_time_divided_by_the_time_scale()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time, scale: 60));
        var email = await EndUserEmail(account);
        for (var i = 1; i <= 5; i++)
        {
            await account.Post(Upsert, Rename(email, i));
        }

        var limited = await account.Post(Upsert, Rename(email, 6));
        time.Advance(TimeSpan.FromSeconds(1));
        var afterAScaledMinute = await account.Post(Upsert, Rename(email, 7));

        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Header("Retry-After").ShouldBe("1");
        afterAScaledMinute.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task One_users_limit_holds_neither_other_users_nor_new_ones()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time));
        var emails = (await Writes.Users(account)).Where(u => u.Text("role") == "end-user").Select(u => u.Text("email")!).Take(2).ToList();
        for (var i = 1; i <= 6; i++)
        {
            await account.Post(Upsert, Rename(emails[0], i));
        }

        var other = await account.Post(Upsert, Rename(emails[1], 1));
        var created = await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example"}}""");

        other.Status.ShouldBe(HttpStatusCode.OK);
        created.Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_user_limit_is_off_with_the_other_limits()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time) with { RateLimits = false });
        var email = await EndUserEmail(account);

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 8; i++)
        {
            statuses.Add((await account.Post(Upsert, Rename(email, i))).Status);
        }

        statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Resetting_the_request_counts_empties_the_user_windows()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time));
        var email = await EndUserEmail(account);
        for (var i = 1; i <= 5; i++)
        {
            await account.Post(Upsert, Rename(email, i));
        }

        await account.Send(HttpMethod.Delete, "/__admin/requests");
        var afterReset = await account.Post(Upsert, Rename(email, 6));

        afterReset.Status.ShouldBe(HttpStatusCode.OK);
    }
}
