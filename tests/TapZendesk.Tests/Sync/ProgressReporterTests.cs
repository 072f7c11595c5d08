using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.State;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Tests.Sync;

public sealed class ProgressReporterTests
{
    [Fact]
    public async Task Reports_each_running_stream_every_half_minute()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var stderr = new StringWriter();
        var log = new ProgramLog(stderr, LogFormat.Text, time);
        using var writer = new SingerWriter(Stream.Null);
        using var client = new ZendeskClient(new ZendeskClientOptions { BaseUri = new Uri("http://127.0.0.1:9"), Email = "a@b.c", ApiToken = "token-1" }, log, time);
        var running = Output("tickets", writer);
        var done = Output("groups", writer);
        running.Stats.Status = StreamStatus.Running;
        running.Stats.StartedAt = time.GetTimestamp();
        done.Stats.Status = StreamStatus.Done;
        for (var i = 0; i < 600; i++)
        {
            running.Stats.AddRecord();
        }

        var context = new SyncContext(Config, client, new TapState(new StateDocument(), writer), log, time, new Dictionary<string, StreamOutput> { ["tickets"] = running, ["groups"] = done });
        await using (new ProgressReporter(context, time))
        {
            time.Advance(TimeSpan.FromSeconds(29));
            stderr.ToString().ShouldBeEmpty();
            time.Advance(TimeSpan.FromSeconds(1));
            await LinesAsync(stderr, 2);
            time.Advance(ProgressReporter.Interval);
            await LinesAsync(stderr, 4);
        }

        var lines = Lines(stderr).Where(l => !l.Contains(" METRIC: ", StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBe(2);
        lines.ShouldAllBe(l => l.Contains("stream tickets in progress") && l.Contains("records=600"));
        lines[0].ShouldContain("records_per_second=20");
        var counts = Lines(stderr).Where(l => l.Contains(" METRIC: ", StringComparison.Ordinal)).ToList();
        counts.Count.ShouldBe(2);
        counts[0].ShouldEndWith("METRIC: {\"type\":\"counter\",\"metric\":\"record_count\",\"value\":600,\"tags\":{\"stream\":\"tickets\"}}");
        counts[1].ShouldContain("\"value\":0,", Case.Sensitive, "the second counts only the records since the first");
    }

    private static string[] Lines(StringWriter stderr) => stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    // The report runs on the thread pool after the fake timer fires; wait for it rather than race it.
    private static async Task LinesAsync(StringWriter stderr, int count)
    {
        for (var i = 0; i < 500 && Lines(stderr).Length < count; i++)
        {
            await Task.Delay(10);
        }
    }

    private static TapConfig Config => new() { Connection = new ZendeskConnection { BaseUri = new Uri("http://127.0.0.1:9"), Scope = "read" }, StartDate = DateTimeOffset.UnixEpoch };

    private static StreamOutput Output(string name, SingerWriter writer) =>
        new(StreamTable.Get(name), new JsonObject(), ["id"], FieldFilter.None, fullTable: false, writer);
}
