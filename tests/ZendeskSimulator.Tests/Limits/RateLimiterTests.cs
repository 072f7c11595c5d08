using System.Net;
using Microsoft.Extensions.Time.Testing;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Limits;

public sealed class RateLimiterTests
{
    private static SimulatorOptions Limited(FakeTimeProvider time, double scale = 1) =>
        TestAccount.Small with { RateLimits = true, LimiterTime = time, TimeScale = scale };

    [Fact]
    public async Task Every_response_carries_the_account_limit_and_what_remains_of_it()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time) with { Plan = ZendeskPlan.Growth });

        var first = await account.Get("/api/v2/groups");
        var second = await account.Get("/api/v2/users/me");

        first.Header("X-Rate-Limit").ShouldBe("400");
        first.Header("X-Rate-Limit-Remaining").ShouldBe("399");
        second.Header("X-Rate-Limit-Remaining").ShouldBe("398");
        first.Header("ratelimit-limit").ShouldBe("400");
        first.Header("ratelimit-remaining").ShouldBe("399");
        int.Parse(first.Header("ratelimit-reset")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        second.Header("ratelimit-limit").ShouldBeNull();
    }

    [Fact]
    public async Task The_account_bucket_answers_429_with_an_integer_retry_after_and_slides()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time) with { RequestsPerMinute = 3 });

        for (var i = 0; i < 3; i++)
        {
            (await account.Get("/api/v2/groups")).Status.ShouldBe(HttpStatusCode.OK);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var limited = await account.Get("/api/v2/groups");
        time.Advance(TimeSpan.FromSeconds(31));
        var afterOldestLeft = await account.Get("/api/v2/groups");
        var stillFull = await account.Get("/api/v2/groups");

        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Header("Retry-After").ShouldBe("30");
        afterOldestLeft.Status.ShouldBe(HttpStatusCode.OK);
        stillFull.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        stillFull.Header("Retry-After").ShouldBe("9");
    }

    [Theory]
    [InlineData(false, 10)]
    [InlineData(true, 30)]
    public async Task Incremental_exports_have_their_own_bucket_of_10_or_30_with_high_volume(bool highVolume, int limit)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time) with { HighVolume = highVolume });
        const string export = "/api/v2/incremental/organizations.json?start_time=0";

        for (var i = 0; i < limit; i++)
        {
            (await account.Get(export)).Status.ShouldBe(HttpStatusCode.OK);
        }

        var limited = await account.Get(export);
        var list = await account.Get("/api/v2/groups");

        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        limited.Header("Zendesk-RateLimit-incremental-exports").ShouldBe($"total={limit}; remaining=0; resets=60");
        list.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_cursor_user_export_has_a_bucket_of_its_own()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time));

        for (var i = 0; i < 20; i++)
        {
            (await account.Get("/api/v2/incremental/users/cursor.json?start_time=0")).Status.ShouldBe(HttpStatusCode.OK);
        }

        (await account.Get("/api/v2/incremental/users/cursor.json?start_time=0")).Status.ShouldBe(HttpStatusCode.TooManyRequests);
        (await account.Get("/api/v2/incremental/users.json?start_time=0")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sample_export_answers_its_11th_request_in_20_minutes_with_429_and_an_integer_retry_after()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time) with { HighVolume = true });
        const string sample = "/api/v2/incremental/tickets/sample.json?start_time=0";
        for (var i = 0; i < 10; i++)
        {
            (await account.Get(sample)).Status.ShouldBe(HttpStatusCode.OK);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        var limited = await account.Get(sample);

        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Header("Retry-After").ShouldBe("600");
        limited.Header("Zendesk-RateLimit-incremental-exports-sample").ShouldBe("total=10; remaining=0; resets=600");
        limited.Header("X-Rate-Limit").ShouldNotBeNull();
        limited.Body.ShouldBe("""{"errors":[{"code":"RateLimitExceeded","status":"429","title":"Rate limit exceeded. Maximum 10 requests per 20 minutes."}]}""");
    }

    [Fact]
    public async Task The_sample_bucket_is_apart_from_the_export_bucket()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time));
        for (var i = 0; i < 10; i++)
        {
            await account.Get("/api/v2/incremental/users/sample.json?start_time=0");
        }

        var export = await account.Get("/api/v2/incremental/users.json?start_time=0");
        var sample = await account.Get("/api/v2/incremental/users/sample.json?start_time=0");

        export.Status.ShouldBe(HttpStatusCode.OK);
        export.Header("Zendesk-RateLimit-incremental-exports").ShouldBe("total=10; remaining=9; resets=60");
        sample.Status.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_sample_window_slides_after_20_minutes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time));
        const string sample = "/api/v2/incremental/organizations/sample.json?start_time=0";
        for (var i = 0; i < 10; i++)
        {
            await account.Get(sample);
        }

        time.Advance(TimeSpan.FromMinutes(19));
        var stillLimited = await account.Get(sample);
        time.Advance(TimeSpan.FromMinutes(1));
        var again = await account.Get(sample);

        stillLimited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        stillLimited.Header("Retry-After").ShouldBe("60");
        again.Status.ShouldBe(HttpStatusCode.OK);
    }

    // At sixty times, the export bucket's minute lasts a second and the sample's 20 minutes 20 seconds.
    [Theory]
    [InlineData("/api/v2/incremental/organizations.json?start_time=0", 1)]
    [InlineData("/api/v2/incremental/tickets/sample.json?start_time=0", 20)]
    public async Task The_time_scale_shortens_the_limiters_window(string path, int seconds)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time, scale: 60));
        for (var i = 0; i < 10; i++)
        {
            await account.Get(path);
        }

        var limited = await account.Get(path);
        time.Advance(TimeSpan.FromSeconds(seconds));
        var again = await account.Get(path);

        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Header("Retry-After").ShouldBe(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        again.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/v2/incremental/organizations.json?start_time=0")]
    [InlineData("/api/v2/incremental/tickets/sample.json?start_time=0")]
    public async Task Limits_can_be_switched_off_the_sample_limit_with_them(string path)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(Limited(time) with { RequestsPerMinute = 2 });
        account.Host.Settings.RateLimits = false;

        for (var i = 0; i < 15; i++)
        {
            (await account.Get(path)).Status.ShouldBe(HttpStatusCode.OK);
        }
    }
}
