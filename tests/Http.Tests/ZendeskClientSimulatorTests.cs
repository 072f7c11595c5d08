using Zendesk.Simulator.Faults;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Http.Tests;

public sealed class ZendeskClientSimulatorTests
{
    private const string Export = "/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=20";
    private const string List = "/api/v2/groups.json?page[size]=100";

    public static TheoryData<string> Faults => ["429 burst", "500", "502", "503 with Retry-After", "504", "409", "dropped connection", "truncated body"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Survives_each_fault_of_the_simulator_with_the_same_answer_in_the_end(string fault)
    {
        await using var bed = await SimulatorTestbed.StartAsync();
        var expected = await bed.GetTextAsync(Export, RequestBudget.Incremental);
        var before = bed.Simulator.Requests.Total;
        Arm(bed.Simulator.Faults, fault);

        var text = await bed.GetTextAsync(Export, RequestBudget.Incremental);

        text.ShouldBe(expected);
        bed.Simulator.Requests.Total.ShouldBe(before + 3);
        bed.Simulator.Faults.Armed().ShouldBeEmpty();
    }

    [Fact]
    public async Task Waits_exactly_the_retry_after_of_a_simulated_429_burst()
    {
        await using var bed = await SimulatorTestbed.StartAsync();
        bed.Simulator.Faults.RateLimitBurst(2, retryAfterSeconds: 9);

        var call = bed.Client.GetJsonAsync(List, RequestBudget.Core, CancellationToken.None);
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Core.GetStatistics()!.CurrentQueuedCount == 1, "the first retry queued");
        bed.Client.Budgets.Core.PausedUntil.ShouldBe(RecordingClock.Origin + TimeSpan.FromSeconds(9));
        bed.Clock.Advance(TimeSpan.FromSeconds(9));
        await RecordingClock.UntilAsync(() => bed.Client.Budgets.Core.PausedUntil > RecordingClock.Origin + TimeSpan.FromSeconds(9), "the second 429 paused again");
        bed.Client.Budgets.Core.PausedUntil.ShouldBe(RecordingClock.Origin + TimeSpan.FromSeconds(18));
        bed.Clock.Advance(TimeSpan.FromSeconds(9));
        using var document = await call;

        document.RootElement.GetProperty("groups").GetArrayLength().ShouldBeGreaterThan(0);
        bed.Client.Counters.RateLimitWaitTime.ShouldBe(TimeSpan.FromSeconds(18));
    }

    [Fact]
    public async Task Retries_an_answer_slower_than_the_timeout()
    {
        await using var bed = await SimulatorTestbed.StartAsync();
        var expected = await bed.GetTextAsync(List);
        bed.Simulator.Faults.Slow(TimeSpan.FromMinutes(10), 1);

        // The slow answer is in flight while its timeout runs out, so time advances regardless.
        using var document = await bed.Clock.RunAsync(bed.Client.GetJsonAsync(List, RequestBudget.Core, CancellationToken.None), TimeSpan.FromSeconds(1));
        var text = document.RootElement.GetRawText();

        text.ShouldBe(expected);
        bed.LogText.ToString().ShouldContain("reason=no answer within 30 s");
    }

    [Fact]
    public async Task Stays_inside_the_accounts_limit_when_the_budget_matches_it()
    {
        await using var bed = await SimulatorTestbed.StartAsync(s => s with { RequestsPerMinute = 6 }, c => c with { CoreRequestsPerMinute = 6 });

        var pages = await bed.RunAsync(Task.WhenAll(Enumerable.Range(0, 20).Select(_ => bed.Client.GetJsonAsync(List, RequestBudget.Core, CancellationToken.None))));

        pages.ShouldAllBe(p => p.RootElement.GetProperty("groups").GetArrayLength() > 0);
        bed.Simulator.Requests.ForStatus(429).ShouldBe(0);
        bed.Client.Counters.BudgetWaits.ShouldBeGreaterThan(0);
        bed.Clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(3));
        foreach (var page in pages)
        {
            page.Dispose();
        }
    }

    [Fact]
    public async Task Keeps_exports_inside_the_export_limit_of_the_account()
    {
        await using var bed = await SimulatorTestbed.StartAsync();

        var pages = await bed.RunAsync(Task.WhenAll(Enumerable.Range(0, 25).Select(_ => bed.Client.GetJsonAsync(Export, RequestBudget.Incremental, CancellationToken.None))));

        pages.Length.ShouldBe(25);
        bed.Simulator.Requests.ForStatus(429).ShouldBe(0);
        bed.Client.Counters.IncrementalRequests.ShouldBe(25);
        foreach (var page in pages)
        {
            page.Dispose();
        }
    }

    [Fact]
    public async Task Recovers_from_the_accounts_429s_when_the_budget_is_set_too_high()
    {
        await using var bed = await SimulatorTestbed.StartAsync(s => s with { RequestsPerMinute = 4 }, c => c with { CoreRequestsPerMinute = 100 });

        var pages = await bed.RunAsync(Task.WhenAll(Enumerable.Range(0, 10).Select(_ => bed.Client.GetJsonAsync(List, RequestBudget.Core, CancellationToken.None))));

        pages.ShouldAllBe(p => p.RootElement.GetProperty("groups").GetArrayLength() > 0);
        bed.Simulator.Requests.ForStatus(429).ShouldBeGreaterThan(0);
        bed.Client.Counters.RateLimitWaits.ShouldBe(bed.Simulator.Requests.ForStatus(429));
        foreach (var page in pages)
        {
            page.Dispose();
        }
    }

    [Fact]
    public async Task Adopts_the_simulated_accounts_rate_limit_on_auto()
    {
        await using var bed = await SimulatorTestbed.StartAsync(s => s with { Plan = ZendeskPlan.Growth }, c => c with { CoreRequestsPerMinute = null });

        await bed.GetTextAsync(List);

        bed.Client.Budgets.Core.Limit.ShouldBe(360, "Growth's 400 less the default reserve of 10 %");
    }

    [Fact]
    public async Task Follows_the_export_limit_of_an_account_with_the_high_volume_add_on()
    {
        await using var bed = await SimulatorTestbed.StartAsync(s => s with { Plan = ZendeskPlan.Enterprise, HighVolume = true }, c => c with { CoreRequestsPerMinute = null, IncrementalRequestsPerMinute = null });

        await bed.GetTextAsync("/api/v2/incremental/ticket_events?start_time=0", RequestBudget.Incremental);

        bed.Client.Budgets.Incremental.Limit.ShouldBe(30, "the High Volume add-on's export limit");
        bed.Client.Budgets.Core.Limit.ShouldBe(2250, "the High Volume add-on's 2,500 less the default reserve of 10 %");
    }

    [Fact]
    public async Task Gives_way_to_another_client_of_the_simulated_account_and_grows_back_when_it_stops()
    {
        await using var bed = await SimulatorTestbed.StartAsync(s => s with { Plan = ZendeskPlan.Team }, c => c with { CoreRequestsPerMinute = null });
        using var other = new ZendeskClient(
            new ZendeskClientOptions { BaseUri = new Uri(bed.Simulator.BaseUrl), Email = bed.Simulator.Credentials.Email, ApiToken = bed.Simulator.Credentials.ApiToken, BudgetsEnabled = false },
            new TextLog(new StringWriter()),
            bed.Clock);
        for (var i = 0; i < 60; i++)
        {
            using var page = await other.GetJsonAsync(List, RequestBudget.Core, CancellationToken.None);
        }

        await bed.GetTextAsync(List);
        var givingWay = bed.Client.Budgets.Core.Limit;
        bed.Clock.Advance(TimeSpan.FromSeconds(61));
        await bed.GetTextAsync(List);

        givingWay.ShouldBe(140, "Team's 200 less the 60 requests of the other client, more than the 10 % reserve");
        bed.Client.Budgets.Core.Limit.ShouldBe(180, "once the other client's minute is over, 200 less the reserve");
        bed.Simulator.Requests.ForStatus(429).ShouldBe(0);
    }

    [Fact]
    public async Task Is_accepted_with_an_access_token()
    {
        await using var bed = await SimulatorTestbed.StartAsync(client: c => c with { Email = null, ApiToken = null, AccessToken = "sim-oauth-access-0123456789abcdef" });

        var text = await bed.GetTextAsync(List);

        text.ShouldContain("\"groups\"");
    }

    [Fact]
    public async Task Refreshes_an_expired_access_token_and_carries_on_with_the_new_pair()
    {
        await using var bed = await SimulatorTestbed.StartAsync(client: c => c with
        {
            Email = null,
            ApiToken = null,
            AccessToken = "sim-oauth-access-0123456789abcdef",

            // Known to be valid for long: only the simulator's expiry makes it refresh.
            AccessTokenExpiresAt = DateTimeOffset.MaxValue,
            RefreshToken = "sim-oauth-refresh-0123456789abcdef",
            ClientId = "zendesk-simulator",
            ClientSecret = "sim-client-secret",
        });
        bed.Simulator.Credentials.ExpireAccessToken();
        await bed.GetTextAsync(List);
        var firstRefresh = bed.Simulator.Credentials.AccessToken;
        bed.Simulator.Credentials.ExpireAccessToken();

        var text = await bed.GetTextAsync(List);

        text.ShouldContain("\"groups\"");
        bed.Simulator.Credentials.AccessToken.ShouldNotBe(firstRefresh);
        bed.Simulator.Requests.ForEndpoint("POST /oauth/tokens").ShouldBe(2);
        bed.Simulator.Requests.ForStatus(401).ShouldBe(2);
        bed.LogText.ToString().ShouldNotContain(bed.Simulator.Credentials.AccessToken);
        bed.LogText.ToString().ShouldNotContain(bed.Simulator.Credentials.RefreshToken);
    }

    [Fact]
    public async Task Reports_a_wrong_api_token_without_it()
    {
        await using var bed = await SimulatorTestbed.StartAsync(client: c => c with { ApiToken = "wrong-token-Yy61" });

        var error = await Should.ThrowAsync<ZendeskAuthenticationException>(bed.GetTextAsync(List));

        error.Message.ShouldContain("Zendesk refused the credentials (HTTP 401)");
        error.Message.ShouldNotContain("wrong-token-Yy61");
    }

    [Fact]
    public async Task Says_there_is_no_help_desk_when_the_account_does_not_exist()
    {
        await using var bed = await SimulatorTestbed.StartAsync();
        bed.Simulator.Settings.AccountExists = false;

        var error = await Should.ThrowAsync<ZendeskNoHelpDeskException>(bed.GetTextAsync(List));

        error.Message.ShouldContain($"no Zendesk help desk at {new Uri(bed.Simulator.BaseUrl).Authority}");
    }

    [Fact]
    public async Task Reports_a_plan_gated_endpoint_as_forbidden()
    {
        await using var bed = await SimulatorTestbed.StartAsync(s => s with { Plan = ZendeskPlan.Team });

        var error = await Should.ThrowAsync<ZendeskForbiddenException>(bed.GetTextAsync("/api/v2/slas/policies.json"));

        error.Endpoint.ShouldBe("/api/v2/slas/policies.json");
        error.ZendeskMessage.ShouldNotBeNull().ShouldContain("restricted");
    }

    [Fact]
    public async Task Tells_a_start_time_inside_the_last_minute_as_too_recent()
    {
        await using var bed = await SimulatorTestbed.StartAsync();
        var now = bed.Simulator.Clock.GetUtcNow().ToUnixTimeSeconds();

        await Should.ThrowAsync<ZendeskTooRecentException>(bed.GetTextAsync($"/api/v2/incremental/tickets/cursor.json?start_time={now}", RequestBudget.Incremental));
    }

    private static void Arm(FaultSwitches faults, string fault)
    {
        switch (fault)
        {
            case "429 burst":
                faults.RateLimitBurst(2, retryAfterSeconds: 3);
                break;
            case "503 with Retry-After":
                faults.ServerError(503, 2, retryAfterSeconds: 4);
                break;
            case "409":
                faults.Conflict(2);
                break;
            case "dropped connection":
                faults.Drop(2);
                break;
            case "truncated body":
                faults.Truncate(2);
                break;
            default:
                faults.ServerError(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture), 2);
                break;
        }
    }
}
