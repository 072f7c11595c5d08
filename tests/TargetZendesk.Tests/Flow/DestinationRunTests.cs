using Zendesk.Singer.Destination.Tests.Fixtures;
using static Zendesk.Singer.Destination.Tests.Fixtures.Records;

namespace Zendesk.Singer.Destination.Tests.Flow;

public sealed class DestinationRunTests
{
    [Fact]
    public async Task A_full_round_is_written_at_the_next_state_which_then_covers_all_of_it()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["round_size"] = 2;

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"name":"Ann"}}"""),
            State(1),
            Identify("""{"userId":"u-2","traits":{"name":"Bob"}}"""),
            Identify("""{"userId":"u-3","traits":{"name":"Cy"}}"""),
            State(3),
            Identify("""{"userId":"u-4","traits":{"name":"Di"}}"""),
            State(4));

        output.States.Select(s => s["position"]!.GetValue<int>()).ShouldBe([3, 4]);
        (await bed.UserAsync("u-4")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_state_with_nothing_before_it_goes_out_at_once()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(State(1), State(2));

        output.States.Select(s => s["position"]!.GetValue<int>()).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task A_rejected_record_goes_to_the_rejects_file_with_its_line_stream_and_reason_and_the_run_goes_on()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com"}}"""),
            Identify("""{"userId":"u-2","traits":{"name":"Bob"}}"""),
            State(2));

        output.ExitCode.ShouldBe(0);
        var reject = output.Rejects.ShouldHaveSingleItem();
        reject["line"]!.GetValue<long>().ShouldBe(1);
        reject["stream"]!.GetValue<string>().ShouldBe("identifies");
        reject["call"]!.GetValue<string>().ShouldBe("identify");
        reject["reason"]!.GetValue<string>().ShouldStartWith("field \"traits.name\"");
        reject["record"]!["userId"]!.GetValue<string>().ShouldBe("u-1");
        output.States.ShouldHaveSingleItem();
        (await bed.UserAsync("u-2")).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_rejects_file_keeps_the_rejects_of_earlier_runs()
    {
        await using var bed = await DestinationBed.StartAsync();
        var bad = Identify("""{"userId":"u-1","traits":{}}""");

        await bed.RunAsync(bad);
        var output = await bed.RunAsync(bad);

        output.Rejects.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Past_max_rejects_the_run_fails_after_its_last_confirmed_state()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["max_rejects"] = 1;
        bed.Config["round_size"] = 2;

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{}}"""),
            Identify("""{"userId":"u-2","traits":{}}"""),
            State(2),
            Identify("""{"userId":"u-3","traits":{"name":"Cy"}}"""));

        output.ExitCode.ShouldBe(1);
        output.Stderr.ShouldContain("more than 1 records were rejected");
        (await bed.UserAsync("u-3")).ShouldBeNull();
    }

    [Fact]
    public async Task A_malformed_line_stops_the_run_naming_the_line_after_the_records_before_it_are_written()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"name":"Ann"}}"""),
            State(1),
            "{not json",
            Identify("""{"userId":"u-2","traits":{"name":"Bob"}}"""));

        output.ExitCode.ShouldBe(1);
        output.Stderr.ShouldContain("line 3");
        output.States.ShouldHaveSingleItem()["position"]!.GetValue<int>().ShouldBe(1);
        (await bed.UserAsync("u-1")).ShouldNotBeNull();
        (await bed.UserAsync("u-2")).ShouldBeNull();
    }

    [Fact]
    public async Task A_batch_message_stops_the_run_naming_its_line_and_stream_after_the_records_before_it_are_written()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"name":"Ann"}}"""),
            State(1),
            """{"type":"BATCH","stream":"identify","encoding":{"format":"jsonl","compression":"gzip"},"manifest":["file:///tmp/identify-1.json.gz"]}""");

        output.ExitCode.ShouldBe(1);
        output.Stderr.ShouldContain("line 3: stream \"identify\": target-zendesk reads RECORD messages, not BATCH files");
        output.States.ShouldHaveSingleItem()["position"]!.GetValue<int>().ShouldBe(1);
        (await bed.UserAsync("u-1")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Records_of_other_streams_are_ignored_with_one_warning()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(Line("pages", """{"name":"home"}"""), Line("pages", """{"name":"about"}"""), State(1));

        output.ExitCode.ShouldBe(0);
        output.Stderr.Split('\n').Count(l => l.Contains("\"pages\"", StringComparison.Ordinal)).ShouldBe(1);
        output.States.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Stream_names_come_from_the_config()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["identify_stream"] = "people";

        await bed.RunAsync(Line("people", """{"userId":"u-1","traits":{"name":"Ann"}}"""));

        (await bed.UserAsync("u-1")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_dry_run_prints_what_would_be_sent_and_sends_nothing()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.Api.DeleteAsync("/__admin/requests");

        var output = await bed.RunAsync(
            [Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann","plan":"pro"}}"""), Track("""{"userId":"u-1","event":"Signed Up"}"""), State(2)],
            ["--dry-run"],
            CancellationToken.None);

        output.ExitCode.ShouldBe(0);
        var lines = output.Lines;
        lines.Count.ShouldBe(2);
        lines[0]["user"]!["external_id"]!.GetValue<string>().ShouldBe("u-1");
        lines[0]["user"]!["user_fields"]!["plan"]!.GetValue<string>().ShouldBe("pro");
        lines[1]["event"]!["event"]!["type"]!.GetValue<string>().ShouldBe("Signed Up");
        (await bed.GetAsync("/__admin/requests"))["endpoints"]!.AsObject().Select(e => e.Key).ShouldNotContain(e => e.Contains("/api/", StringComparison.Ordinal));
        (await bed.UserAsync("u-1")).ShouldBeNull();
    }
}
