using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.State;

/// <summary>The state singer-io's tap-zendesk writes is read, so a user can switch without a full resync.</summary>
public sealed class LegacyStateTests
{
    [Fact]
    public async Task Singer_ios_bookmarks_resume_each_stream_at_its_time()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 80);
        var full = await TapHarness.RunAsync(simulator, new TapSetup());
        var ticketsMark = Middle(full, "tickets", "generated_timestamp");
        var usersMark = Middle(full, "users", "updated_at");
        var eventsMark = Middle(full, "ticket_metric_events", "time");
        var groupsMark = Middle(full, "groups", "updated_at");
        var legacy = JsonNode.Parse($$"""
            {"bookmarks": {
              "tickets": {"generated_timestamp": "{{Singer(ticketsMark)}}"},
              "users": {"updated_at": "{{Singer(usersMark)}}"},
              "ticket_metric_events": {"time": "{{Singer(eventsMark)}}"},
              "groups": {"updated_at": "{{Singer(groupsMark)}}"}
            }, "currently_syncing": "tickets"}
            """);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { State = legacy });

        run.ExitCode.ShouldBe(0, run.Stderr);
        Expect(run, full, "tickets", "generated_timestamp", ticketsMark);
        Expect(run, full, "users", "updated_at", usersMark);
        Expect(run, full, "ticket_metric_events", "time", eventsMark);
        Expect(run, full, "groups", "updated_at", groupsMark);

        var again = await TapHarness.RunAsync(simulator, new TapSetup { State = run.LastState });
        again.Ids("tickets").ShouldBeEmpty();
        again.Ids("users").ShouldBeEmpty();
        again.Ids("ticket_metric_events").ShouldBeEmpty();
    }

    [Fact]
    public async Task With_singer_ios_tickets_bookmark_alone_audits_comments_and_metrics_start_at_the_tickets_time()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 80);
        var full = await TapHarness.RunAsync(simulator, new TapSetup());
        var mark = Middle(full, "tickets", "generated_timestamp");
        var legacy = new JsonObject { ["bookmarks"] = new JsonObject { ["tickets"] = new JsonObject { ["generated_timestamp"] = Singer(mark) } } };

        var run = await TapHarness.RunAsync(simulator, new TapSetup { State = legacy });

        run.ExitCode.ShouldBe(0, run.Stderr);
        foreach (var (stream, key) in new[] { ("ticket_audits", "created_at"), ("ticket_comments", "created_at"), ("ticket_metrics", "updated_at") })
        {
            var sent = run.Records(stream).ToList();
            sent.Count.ShouldBeLessThan(full.Records(stream).Count(), $"{stream} was sent whole again");
            sent.ShouldAllBe(r => Timestamps.Parse(r[key]!.ToJsonString().Trim('"')) >= mark, stream);
            sent.Count.ShouldBeGreaterThanOrEqualTo(full.Records(stream).Count(r => Timestamps.Parse(r[key]!.ToJsonString().Trim('"')) > mark), $"{stream} records after the tickets time were lost");
        }
    }

    [Fact]
    public async Task A_state_wrapped_as_a_state_message_value_is_read_too()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var full = await TapHarness.RunAsync(simulator, new TapSetup());

        var run = await TapHarness.RunAsync(simulator, new TapSetup { State = new JsonObject { ["value"] = full.LastState!.DeepClone() } });

        run.ExitCode.ShouldBe(0);
        run.Ids("tickets").ShouldBeEmpty();
    }

    private static DateTimeOffset Middle(TapOutput run, string stream, string key)
    {
        var times = run.Records(stream).Select(r => Timestamps.Parse(r[key]!.ToJsonString().Trim('"'))!.Value).Order().ToList();
        return times[times.Count / 2];
    }

    private static void Expect(TapOutput run, TapOutput full, string stream, string key, DateTimeOffset mark)
    {
        var expected = full.Records(stream).Where(r => Timestamps.Parse(r[key]!.ToJsonString().Trim('"')) >= mark).Select(r => r["id"]!.GetValue<long>()).Order().ToList();
        expected.Count.ShouldBeLessThan(full.Ids(stream).Count, stream);
        run.Ids(stream).Order().ToList().ShouldBe(expected, stream);
    }

    private static string Singer(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
