using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>end_date bounds a backfill: nothing after it is emitted, and a later run without it picks up exactly there.</summary>
public sealed class EndDateTests
{
    [Fact]
    public async Task A_bounded_run_and_the_run_after_it_emit_what_one_unbounded_run_does_each_record_once()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 120);
        var end = simulator.Clock.GetUtcNow().AddDays(-20);
        var endText = end.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var whole = await TapHarness.RunAsync(simulator, new TapSetup());

        var bounded = await TapHarness.RunAsync(simulator, new TapSetup().With(Setting, endText));
        var after = await TapHarness.RunAsync(simulator, new TapSetup { State = bounded.LastState });

        bounded.ExitCode.ShouldBe(0, bounded.Stderr);
        after.ExitCode.ShouldBe(0, after.Stderr);
        var kinds = new HashSet<PagingStyle>();
        foreach (var stream in StreamKinds.Incremental.Where(s => whole.Records(s).Any()))
        {
            var first = Keys(bounded, stream);
            var second = Keys(after, stream);
            first.Intersect(second).ShouldBeEmpty($"{stream}: emitted by both runs");
            first.Concat(second).Order(StringComparer.Ordinal).ShouldBe(Keys(whole, stream).Order(StringComparer.Ordinal), $"{stream}: the two runs differ from one");
            var key = StreamTable.Get(stream).ReplicationKey!;
            bounded.Records(stream).ShouldAllBe(r => Seconds(r[key]) <= end.ToUnixTimeSeconds(), $"{stream}: a record after end_date");
            if (first.Count > 0 && second.Count > 0)
            {
                kinds.Add(Root(stream).Paging);
            }
        }

        kinds.ShouldBe([PagingStyle.TimeExport, PagingStyle.CursorExport, PagingStyle.Cursor, PagingStyle.RoutingExport], ignoreOrder: true);
    }

    [Fact]
    public async Task After_a_bounded_run_the_time_ordered_bookmarks_stand_at_end_date()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 60);
        var end = simulator.Clock.GetUtcNow().AddDays(-10);
        var endText = end.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        var bounded = await TapHarness.RunAsync(simulator, new TapSetup().With(Setting, endText));

        bounded.ExitCode.ShouldBe(0, bounded.Stderr);
        var bookmarks = bounded.LastState!["bookmarks"]!.AsObject();
        foreach (var (stream, key) in new[] { ("tickets", "generated_timestamp"), ("organizations", "updated_at"), ("calls", "updated_at"), ("groups", "updated_at") })
        {
            bookmarks[stream]![key]!.GetValue<string>().ShouldBe(endText, stream);
        }

        bookmarks["tickets"]!["cursor"].ShouldBeNull("the last cursor is past end_date");
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_a_configuration_error()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup().With(Setting, "1999-01-01T00:00:00Z"));

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("end_date");
    }

    private const string Setting = "end_date";

    private static List<string> Keys(TapOutput run, string stream) => [.. run.Records(stream).Select(r => StreamKinds.Identity(stream, r))];

    private static StreamDefinition Root(string stream)
    {
        var definition = StreamTable.Get(stream);
        while (definition.Parent is { } parent)
        {
            definition = StreamTable.Get(parent);
        }

        return definition;
    }

    private static long Seconds(JsonNode? value) => value!.GetValueKind() == JsonValueKind.Number
        ? value.GetValue<long>()
        : DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture).ToUnixTimeSeconds();
}
