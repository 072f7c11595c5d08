namespace Zendesk.Singer.Http.Tests;

public sealed class RequestBudgetsTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Waits_exactly_the_retry_after_of_a_429_and_then_gets_the_answer()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(429, """{"error":"TooManyRequests"}""", ("Retry-After", "7")));

        var call = bed.GetTextAsync("/api/v2/users?page[size]=100");
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Core.GetStatistics()!.CurrentQueuedCount == 1, "the retry queued for the paused budget");
        bed.Client.Budgets.Core.PausedUntil.ShouldBe(RecordingClock.Origin + TimeSpan.FromSeconds(7));
        bed.Clock.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromTicks(1));
        bed.Client.Budgets.Core.GetStatistics()!.CurrentQueuedCount.ShouldBe(1);
        bed.Clock.Advance(TimeSpan.FromTicks(1));

        (await call).ShouldBe("""{"ok":true}""");
        bed.Server.Requests.Select(r => r.ArrivedAt).ShouldBe([RecordingClock.Origin, RecordingClock.Origin + TimeSpan.FromSeconds(7)]);
        var counters = bed.Client.Counters;
        counters.RateLimitWaits.ShouldBe(1);
        counters.RateLimitWaitTime.ShouldBe(TimeSpan.FromSeconds(7));
        counters.Retries.ShouldBe(0);
        bed.LogText.ToString().ShouldContain("Zendesk rate limit reached (HTTP 429)");
        bed.LogText.ToString().ShouldContain("wait=7s");
    }

    [Fact]
    public async Task A_429_pauses_every_request_of_the_budget_not_only_its_own()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(429, "{}", ("Retry-After", "12")));

        var first = bed.GetTextAsync("/api/v2/users");
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Core.GetStatistics()!.CurrentQueuedCount == 1, "the 429'd request queued");
        var others = Enumerable.Range(0, 3).Select(i => bed.GetTextAsync($"/api/v2/groups?n={i}")).ToArray();
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Core.GetStatistics()!.CurrentQueuedCount == 4, "the other requests queued");
        bed.Server.Requests.Count.ShouldBe(1);
        bed.Clock.Advance(TimeSpan.FromSeconds(12));

        await Task.WhenAll([first, .. others]);
        bed.Server.Requests.Count.ShouldBe(5);
        bed.Server.Requests.Skip(1).ShouldAllBe(r => r.ArrivedAt == RecordingClock.Origin + TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task A_help_center_request_takes_a_permit_of_its_own_budget_and_none_of_the_core_one()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = 1, HelpCenterRequestsPerMinute = 5 });

        await bed.GetTextAsync("/api/v2/groups");
        for (var i = 0; i < 5; i++)
        {
            await bed.GetTextAsync($"/api/v2/help_center/articles?n={i}", RequestBudget.HelpCenter);
        }

        bed.Server.Requests.Count.ShouldBe(6);
        bed.Server.Requests.ShouldAllBe(r => r.ArrivedAt == RecordingClock.Origin);
        bed.Client.Budgets.Core.GetStatistics()!.CurrentAvailablePermits.ShouldBe(0);
        bed.Client.Budgets.HelpCenter.GetStatistics()!.CurrentAvailablePermits.ShouldBe(0);
        bed.Client.Counters.HelpCenterRequests.ShouldBe(5);
        bed.Client.Counters.CoreRequests.ShouldBe(1);
    }

    [Fact]
    public async Task A_429_on_an_export_pauses_the_incremental_budget_and_leaves_the_core_budget_running()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(429, "{}", ("Retry-After", "30")));

        var export = bed.GetTextAsync("/api/v2/incremental/tickets/cursor?start_time=0", RequestBudget.Incremental);
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Incremental.GetStatistics()!.CurrentQueuedCount == 1, "the export queued");
        await bed.GetTextAsync("/api/v2/groups");

        bed.Server.Requests[1].Target.ShouldBe("/api/v2/groups");
        bed.Server.Requests[1].ArrivedAt.ShouldBe(RecordingClock.Origin);
        bed.Clock.Advance(TimeSpan.FromSeconds(30));
        await export;
        bed.Server.Requests[2].ArrivedAt.ShouldBe(RecordingClock.Origin + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Rate_limits_do_not_use_up_the_tries_for_failures()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { MaxTries = 2 });
        var limited = ScriptedZendesk.Json(429, "{}", ("Retry-After", "1"));
        var failed = ScriptedZendesk.Json(503, "{}");
        bed.Server.Then(limited).Then(failed).Then(limited).Then(limited).Then(failed).Then(limited).Then(ScriptedZendesk.Json(200, """{"n":7}"""));

        var text = await bed.RunAsync(bed.GetTextAsync("/api/v2/tickets"));

        text.ShouldBe("""{"n":7}""");
        bed.Server.Requests.Count.ShouldBe(7);
        bed.Client.Counters.RateLimitWaits.ShouldBe(4);
    }

    [Fact]
    public async Task Gives_up_on_an_account_that_answers_nothing_but_429()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Fallback = ScriptedZendesk.Json(429, "{}", ("Retry-After", "1"));

        var error = await Should.ThrowAsync<ZendeskException>(bed.RunAsync(bed.GetTextAsync("/api/v2/tickets")));

        error.StatusCode.ShouldBe(429);
        error.Message.ShouldContain("kept answering 429");
        bed.Server.Requests.Count.ShouldBe(RetryPipelines.MaxRateLimitedTries);
    }

    [Fact]
    public async Task Incremental_requests_take_a_core_permit_too()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = 3, IncrementalRequestsPerMinute = 10 });
        for (var i = 0; i < 3; i++)
        {
            await bed.GetTextAsync($"/api/v2/incremental/ticket_events?start_time={i}", RequestBudget.Incremental);
        }

        var core = bed.GetTextAsync("/api/v2/groups");
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Core.GetStatistics()!.CurrentQueuedCount == 1, "the core request queued");
        bed.Clock.Advance(Minute);
        await core;

        bed.Server.Requests[3].ArrivedAt.ShouldBe(RecordingClock.Origin + Minute);
        var counters = bed.Client.Counters;
        (counters.CoreRequests, counters.IncrementalRequests, counters.BudgetWaits).ShouldBe((1, 3, 1));
        counters.BudgetWaitTime.ShouldBe(Minute);
    }

    [Fact]
    public async Task Concurrent_requests_never_exceed_the_budget_in_any_minute_and_finish_at_the_floor()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = 5 });

        var calls = Enumerable.Range(0, 12).Select(i => bed.GetTextAsync($"/api/v2/tickets/{i}/audits")).ToArray();
        await bed.RunAsync(Task.WhenAll(calls));

        var arrivals = bed.Server.Requests.Select(r => r.ArrivedAt).Order().ToList();
        arrivals.Count.ShouldBe(12);
        foreach (var start in arrivals)
        {
            arrivals.Count(a => a >= start && a < start + Minute).ShouldBeLessThanOrEqualTo(5);
        }

        // Twelve requests at five a minute: a burst now, one a window later, the last two a window after that.
        arrivals.Select(a => a - RecordingClock.Origin).Distinct().ShouldBe([TimeSpan.Zero, Minute, Minute * 2]);
    }

    [Fact]
    public async Task Incremental_budget_spaces_exports_by_its_own_limit()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { IncrementalRequestsPerMinute = 2 });

        var calls = Enumerable.Range(0, 5).Select(i => bed.GetTextAsync($"/api/v2/incremental/users/cursor?n={i}", RequestBudget.Incremental)).ToArray();
        await bed.Clock.RunQuietlyAsync(Task.WhenAll(calls), TimeSpan.FromSeconds(1), () => bed.Client.Budgets.Incremental.InFlight == 0);

        var offsets = bed.Server.Requests.Select(r => r.ArrivedAt - RecordingClock.Origin).Order().ToList();
        offsets.ShouldBe([TimeSpan.Zero, TimeSpan.Zero, Minute, Minute, Minute * 2]);
    }

    [Fact]
    public async Task Auto_adopts_the_rate_limit_the_account_announces()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = null });
        bed.Client.Budgets.Core.Limit.ShouldBe(RequestBudgets.AutoStartRequestsPerMinute);
        bed.Server.Fallback = ScriptedZendesk.Json(200, "{}", ("X-Rate-Limit", "700"), ("X-Rate-Limit-Remaining", "699"));

        await bed.GetTextAsync("/api/v2/groups");
        await bed.GetTextAsync("/api/v2/groups");

        bed.Client.Budgets.Core.Limit.ShouldBe(630, "700 less the default reserve of 10 %");
        bed.LogText.ToString().Split('\n').Count(l => l.Contains("adopted the account's rate limit", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Auto_falls_back_to_the_default_with_a_warning_when_the_account_announces_nothing()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = null });

        await bed.GetTextAsync("/api/v2/groups");

        bed.Client.Budgets.Core.Limit.ShouldBe(ZendeskClientOptions.DefaultCoreRequestsPerMinute);
        bed.LogText.ToString().ShouldContain("WARNING Zendesk's answer has no X-Rate-Limit header");
    }

    [Fact]
    public async Task A_fixed_budget_ignores_the_announced_limit()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { CoreRequestsPerMinute = 50 });
        bed.Server.Fallback = ScriptedZendesk.Json(200, "{}", ("X-Rate-Limit", "700"));

        await bed.GetTextAsync("/api/v2/groups");

        bed.Client.Budgets.Core.Limit.ShouldBe(50);
    }

    [Fact]
    public async Task Without_budgets_requests_never_queue_but_429s_still_pause()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { BudgetsEnabled = false, CoreRequestsPerMinute = 1, IncrementalRequestsPerMinute = 1 });
        for (var i = 0; i < 20; i++)
        {
            await bed.GetTextAsync($"/api/v2/incremental/tickets/cursor?n={i}", RequestBudget.Incremental);
        }

        bed.Client.Counters.BudgetWaits.ShouldBe(0);
        bed.Server.Then(ScriptedZendesk.Json(429, "{}", ("Retry-After", "4")));
        var limited = bed.GetTextAsync("/api/v2/groups");
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Core.GetStatistics()!.CurrentQueuedCount == 1, "the retry queued");
        bed.Clock.Advance(TimeSpan.FromSeconds(4));
        await limited;
        bed.Server.Requests[^1].ArrivedAt.ShouldBe(RecordingClock.Origin + TimeSpan.FromSeconds(4));
    }
}
