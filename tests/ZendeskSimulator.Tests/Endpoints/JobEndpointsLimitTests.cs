using System.Net;
using Microsoft.Extensions.Time.Testing;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>The job limit of create_or_update_many: 30 queued or working jobs per account.</summary>
public sealed class JobEndpointsLimitTests
{
    private const string UpsertMany = "/api/v2/users/create_or_update_many";

    private static Task<TestAccount> Limited() =>
        TestAccount.Start(TestAccount.Small with { RateLimits = true, LimiterTime = new FakeTimeProvider(DateTimeOffset.UnixEpoch), JobItemMilliseconds = 10 });

    private static Task<Reply> Enqueue(TestAccount account, int n) =>
        account.Post(UpsertMany, $$"""{"users":[{"name":"User {{n}}","email":"user{{n}}@new.example"}]}""");

    [Fact]
    public async Task The_thirty_first_queued_job_is_refused_with_429_and_retry_after()
    {
        await using var account = await Limited();
        var accepted = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            accepted.Add((await Enqueue(account, i)).Status);
        }

        var refused = await Enqueue(account, 30);

        accepted.ShouldAllBe(s => s == HttpStatusCode.OK);
        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Header("Retry-After").ShouldBe("1");
        refused.Json.Text("error").ShouldBe("TooManyJobs");
        account.Host.Jobs.Active.ShouldBe(30);
    }

    [Fact]
    public async Task A_job_leaves_the_queue_when_its_time_has_passed_and_makes_room()
    {
        await using var account = await Limited();
        var first = (await Enqueue(account, 0))["job_status"].Text("id");
        for (var i = 1; i < 30; i++)
        {
            await Enqueue(account, i);
        }

        var whileWorking = await Enqueue(account, 30);
        account.Host.Clock.Advance(TimeSpan.FromMilliseconds(10));
        var afterCompletion = await Enqueue(account, 31);
        var full = await Enqueue(account, 32);

        whileWorking.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        afterCompletion.Status.ShouldBe(HttpStatusCode.OK);
        (await account.Get($"/api/v2/job_statuses/{first}"))["job_status"].Text("status").ShouldBe("completed");
        full.Status.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_job_limit_is_off_with_the_other_limits()
    {
        await using var account = await TestAccount.Start();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            statuses.Add((await Enqueue(account, i)).Status);
        }

        statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
    }
}
