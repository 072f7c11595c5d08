namespace Zendesk.Singer.Http.Tests;

/// <summary>"auto" budgets following what Zendesk announces on its answers.</summary>
public sealed class AnnouncedLimitTests
{
    [Theory]
    [InlineData(0, 700)]
    [InlineData(10, 630)]
    [InlineData(25, 525)]
    public async Task Auto_leaves_the_reserved_share_of_the_limit_to_other_clients(int reservePercent, int budget)
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = null, ReservePercent = reservePercent });
        bed.Server.Fallback = ScriptedZendesk.Json(200, "{}", ("X-Rate-Limit", "700"), ("X-Rate-Limit-Remaining", "699"));

        await bed.GetTextAsync("/api/v2/groups");

        bed.Client.Budgets.Core.Limit.ShouldBe(budget);
    }

    [Fact]
    public async Task Auto_gives_way_when_other_clients_use_more_than_the_reserve_and_grows_back_when_they_stop()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = null });

        // 100 a minute, of which 60 are used: the one request the client sent, and 59 of other clients'.
        bed.Server.Then(ScriptedZendesk.Json(200, "{}", ("X-Rate-Limit", "100"), ("X-Rate-Limit-Remaining", "40")));
        await bed.GetTextAsync("/api/v2/groups");
        var givingWay = bed.Client.Budgets.Core.Limit;

        bed.Server.Then(ScriptedZendesk.Json(200, "{}", ("X-Rate-Limit", "100"), ("X-Rate-Limit-Remaining", "97")));
        await bed.GetTextAsync("/api/v2/groups");

        givingWay.ShouldBe(41, "100 less the 59 other clients use");
        bed.Client.Budgets.Core.Limit.ShouldBe(90, "back to 100 less the 10 % reserve once they use less than it");
        bed.LogText.ToString().ShouldContain("other clients of the account use more of the account's rate limit than the reserve; the budget gives way");
        bed.LogText.ToString().ShouldContain("used_by_others=59");
    }

    [Fact]
    public async Task The_incremental_budget_follows_the_exports_bucket_when_not_set()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { IncrementalRequestsPerMinute = null });
        bed.Client.Budgets.Incremental.Limit.ShouldBe(ZendeskClientOptions.DefaultIncrementalRequestsPerMinute);
        bed.Server.Fallback = ScriptedZendesk.Json(200, "{}", ("Zendesk-RateLimit-incremental-exports", "total=30; remaining=29; resets=41"));

        await bed.GetTextAsync("/api/v2/incremental/ticket_events?start_time=0", RequestBudget.Incremental);

        bed.Client.Budgets.Incremental.Limit.ShouldBe(30);
    }

    [Fact]
    public async Task A_fixed_incremental_budget_ignores_the_exports_bucket()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { IncrementalRequestsPerMinute = 5 });
        bed.Server.Fallback = ScriptedZendesk.Json(200, "{}", ("Zendesk-RateLimit-incremental-exports", "total=30; remaining=29; resets=41"));

        await bed.GetTextAsync("/api/v2/incremental/ticket_events?start_time=0", RequestBudget.Incremental);

        bed.Client.Budgets.Incremental.Limit.ShouldBe(5);
    }

    [Fact]
    public async Task A_help_center_answer_does_not_move_the_support_budget()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = null });
        bed.Server.Fallback = ScriptedZendesk.Json(200, "{}", ("X-Rate-Limit", "700"), ("X-Rate-Limit-Remaining", "10"));

        await bed.GetTextAsync("/api/v2/help_center/articles", RequestBudget.HelpCenter);

        bed.Client.Budgets.Core.Limit.ShouldBe(RequestBudgets.AutoStartRequestsPerMinute);
    }
}
