namespace Zendesk.Singer.Http.Tests;

public sealed class RetryPipelinesTests
{
    private const string Page = """{"tickets":[{"id":1}],"end_of_stream":true}""";

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(409)]
    public async Task Survives_a_transient_status_and_logs_the_retry_with_its_reason(int status)
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(status, """{"error":"temporary"}""")).Then(ScriptedZendesk.Json(200, Page));

        var text = await bed.RunAsync(bed.GetTextAsync("/api/v2/tickets"));

        text.ShouldBe(Page);
        bed.Server.Requests.Count.ShouldBe(2);
        bed.Client.Counters.Retries.ShouldBe(1);
        var log = bed.LogText.ToString();
        log.ShouldContain("retrying a Zendesk request");
        log.ShouldContain($"reason=HTTP {status}");
        log.ShouldContain("endpoint=/api/v2/tickets");
        log.ShouldContain("try=2/8");
    }

    [Fact]
    public async Task Waits_the_retry_after_of_a_503_exactly()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(503, "{}", ("Retry-After", "17"))).Then(ScriptedZendesk.Json(200, Page));

        var call = bed.GetTextAsync("/api/v2/tickets");
        await RecordingClock.UntilAsync(() => bed.Clock.DueTimes.Contains(TimeSpan.FromSeconds(17)), "a 17 s delay was scheduled");
        bed.Clock.Advance(TimeSpan.FromSeconds(17));

        (await call).ShouldBe(Page);
        bed.Server.Requests[1].ArrivedAt.ShouldBe(RecordingClock.Origin + TimeSpan.FromSeconds(17));
    }

    [Fact]
    public async Task Backs_off_exponentially_and_gives_up_after_the_tries_with_a_clear_error()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Fallback = ScriptedZendesk.Json(502, "<html>Bad Gateway</html>");

        var call = bed.GetTextAsync("/api/v2/groups?page[size]=100");
        var error = await Should.ThrowAsync<ZendeskException>(bed.RunAsync(call));

        bed.Server.Requests.Count.ShouldBe(8);
        error.StatusCode.ShouldBe(502);
        error.Message.ShouldBe($"Zendesk did not answer /api/v2/groups at {bed.Server.BaseUri.Authority} after 8 tries; the last one failed with HTTP 502 Bad Gateway.");
        var gaps = bed.Server.Requests.Zip(bed.Server.Requests.Skip(1), (a, b) => b.ArrivedAt - a.ArrivedAt).ToList();
        gaps.Count.ShouldBe(7);
        gaps[0].ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(4));
        gaps.ShouldAllBe(gap => gap <= TimeSpan.FromSeconds(61));
        (gaps[4] + gaps[5] + gaps[6]).ShouldBeGreaterThan(gaps[0] + gaps[1] + gaps[2]);
    }

    [Fact]
    public async Task Survives_a_dropped_connection()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Drop).Then(ScriptedZendesk.Json(200, Page));

        var text = await bed.RunAsync(bed.GetTextAsync("/api/v2/tickets"));

        text.ShouldBe(Page);
        bed.LogText.ToString().ShouldContain("reason=a connection error");
    }

    [Fact]
    public async Task Survives_a_body_cut_short()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Truncated(Page)).Then(ScriptedZendesk.Json(200, Page));

        var text = await bed.RunAsync(bed.GetTextAsync("/api/v2/incremental/tickets/cursor?start_time=0", RequestBudget.Incremental));

        text.ShouldBe(Page);
        bed.Server.Requests.Count.ShouldBe(2);
        bed.Client.Counters.Retries.ShouldBe(1);
    }

    [Fact]
    public async Task Survives_an_answer_that_is_not_json()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(200, """{"tickets":[{"id":1""")).Then(ScriptedZendesk.Json(200, Page));

        var text = await bed.RunAsync(bed.GetTextAsync("/api/v2/tickets"));

        text.ShouldBe(Page);
        bed.LogText.ToString().ShouldContain("reason=an answer that is not valid JSON");
    }

    [Fact]
    public async Task Times_out_a_slow_answer_on_the_injected_clock_and_tries_again()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Hang);
        bed.Server.Fallback = ScriptedZendesk.Json(200, Page);

        var call = bed.GetTextAsync("/api/v2/tickets");
        await RecordingClock.UntilAsync(() => bed.Server.Requests.Count == 1, "the first request arrived");
        bed.Clock.Advance(TimeSpan.FromSeconds(29));
        bed.LogText.ToString().ShouldNotContain("retrying");
        var text = await bed.Clock.RunAsync(call, Step);

        text.ShouldBe(Page);
        bed.Server.Requests.Count.ShouldBeGreaterThanOrEqualTo(2);
        bed.LogText.ToString().ShouldContain("reason=no answer within 30 s");
    }

    [Fact]
    public async Task Does_not_retry_a_client_error()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Fallback = ScriptedZendesk.Json(400, """{"error":"InvalidParameter"}""");

        await Should.ThrowAsync<ZendeskException>(bed.GetTextAsync("/api/v2/tickets"));

        bed.Server.Requests.Count.ShouldBe(1);
        bed.Client.Counters.Retries.ShouldBe(0);
    }
}
