using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>A run killed at any point and resumed from its last STATE loses nothing.</summary>
public sealed class ResumeTests
{
    private const int KillPoints = 24;

    [Fact]
    public async Task A_run_killed_anywhere_and_resumed_from_its_last_state_misses_no_record()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 45, seed: 7);
        var setup = new TapSetup().With("page_size", 10).With("ticket_comments_source", "ticket_events");
        var reference = await TapHarness.RunAsync(simulator, setup);
        reference.ExitCode.ShouldBe(0);
        var everything = Keys(reference);
        var random = new Random(2024);
        var points = Enumerable.Range(0, KillPoints)
            .Select(i => 2 + (i * (reference.Messages.Count - 3) / KillPoints) + random.Next(0, Math.Max(1, reference.Messages.Count / KillPoints)))
            .Select(p => Math.Min(p, reference.Messages.Count - 1))
            .Distinct()
            .ToList();
        points.Count.ShouldBeGreaterThanOrEqualTo(20);

        foreach (var point in points)
        {
            var killed = await TapHarness.RunAsync(simulator, setup with { KillAfterLines = point });
            killed.ExitCode.ShouldBe(1, $"the run to be killed after {point} lines ended on its own");
            killed.Messages.Count.ShouldBe(point);

            var resumed = await TapHarness.RunAsync(simulator, setup with { State = killed.LastState?.DeepClone() });
            resumed.ExitCode.ShouldBe(0, resumed.Stderr);

            var seen = Keys(killed);
            seen.UnionWith(Keys(resumed));
            everything.Except(seen).ShouldBeEmpty($"records lost when killed after {point} of {reference.Messages.Count} lines");
            seen.Except(everything).ShouldBeEmpty($"records invented when killed after {point} lines");
        }
    }

    [Fact]
    public async Task A_resumed_run_repeats_nothing_that_the_killed_runs_state_covered()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 45, seed: 7);
        var setup = new TapSetup().With("page_size", 10);
        var reference = await TapHarness.RunAsync(simulator, setup);
        var middle = reference.Messages.FindIndex(reference.Messages.Count / 2, m => m["type"]!.GetValue<string>() == "STATE");
        middle.ShouldBeGreaterThan(0);

        var killed = await TapHarness.RunAsync(simulator, setup with { KillAfterLines = middle + 1 });
        var resumed = await TapHarness.RunAsync(simulator, setup with { State = killed.LastState?.DeepClone() });

        // A record counts as covered once its stream's bookmark has moved after it; export streams resume exactly there.
        var covered = Covered(killed).Where(k => StreamKinds.IsFedByExport(k.Stream)).ToHashSet();
        covered.ShouldNotBeEmpty();
        Keys(resumed).Intersect(covered).ShouldBeEmpty();
        resumed.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task A_resume_from_any_state_line_sends_no_record_that_came_before_it()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 45, seed: 11);
        var setup = new TapSetup().With("page_size", 10).With("ticket_comments_source", "per_ticket");
        var reference = await TapHarness.RunAsync(simulator, setup);
        reference.ExitCode.ShouldBe(0, reference.Stderr);
        var states = reference.Messages
            .Select((message, index) => (message, index))
            .Where(m => m.message["type"]!.GetValue<string>() == "STATE")
            .Select(m => m.index)
            .ToList();
        states.Count.ShouldBeGreaterThan(10);
        var random = new Random(5);
        var sampled = states.OrderBy(_ => random.Next()).Take(16).Order().ToList();

        foreach (var index in sampled)
        {
            var before = Keys(reference.Messages.Take(index), incrementalOnly: true);
            var resumed = await TapHarness.RunAsync(simulator, setup with { State = reference.Messages[index]["value"]!.DeepClone() });
            resumed.ExitCode.ShouldBe(0, resumed.Stderr);

            var again = Keys(resumed.OfType("RECORD"), incrementalOnly: true);
            again.Intersect(before).ShouldBeEmpty($"records sent again on a resume from the STATE at line {index + 1} of {reference.Messages.Count}");
            before.UnionWith(again);
            Keys(reference.OfType("RECORD"), incrementalOnly: true).Except(before).ShouldBeEmpty($"records lost on a resume from line {index + 1}");
        }
    }

    private static HashSet<(string Stream, string Key)> Covered(TapOutput run)
    {
        var covered = new HashSet<(string, string)>();
        var pending = new Dictionary<string, List<string>>();
        var bookmarks = new Dictionary<string, string>();
        foreach (var message in run.Messages)
        {
            var type = message["type"]!.GetValue<string>();
            if (type == "RECORD")
            {
                var stream = message["stream"]!.GetValue<string>();
                var list = pending.TryGetValue(stream, out var found) ? found : pending[stream] = [];
                list.Add(StreamKinds.Identity(stream, message["record"]!));
            }
            else if (type == "STATE")
            {
                foreach (var (stream, bookmark) in message["value"]!["bookmarks"]!.AsObject())
                {
                    var text = bookmark!.ToJsonString();
                    if (bookmarks.GetValueOrDefault(stream) != text && pending.Remove(stream, out var emitted))
                    {
                        covered.UnionWith(emitted.Select(k => (stream, k)));
                    }

                    bookmarks[stream] = text;
                }
            }
        }

        return covered;
    }

    private static HashSet<(string Stream, string Key)> Keys(TapOutput run) => Keys(run.OfType("RECORD"), incrementalOnly: false);

    /// <summary>The records among <paramref name="messages"/>; a full-table stream is read whole by every run, so it may be left out.</summary>
    private static HashSet<(string Stream, string Key)> Keys(IEnumerable<JsonObject> messages, bool incrementalOnly)
    {
        var keys = new HashSet<(string, string)>();
        foreach (var message in messages.Where(m => m["type"]!.GetValue<string>() == "RECORD"))
        {
            var stream = message["stream"]!.GetValue<string>();
            if (!incrementalOnly || StreamKinds.Incremental.Contains(stream))
            {
                keys.Add((stream, StreamKinds.Identity(stream, message["record"]!)));
            }
        }

        return keys;
    }
}
