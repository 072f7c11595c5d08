using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Exports;

/// <summary>Talk's call and leg exports: every call once, its legs with it, and later calls on later runs.</summary>
public sealed class TalkExportTests
{
    [Fact]
    public async Task Every_call_and_leg_is_emitted_once_and_every_leg_belongs_to_an_emitted_call()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);

        var run = await TapHarness.RunAsync(simulator, new TapSetup());

        run.ExitCode.ShouldBe(0, run.Stderr);
        var calls = run.Ids("calls");
        var legs = run.Records("call_legs").ToList();
        calls.ShouldBeUnique();
        calls.Count.ShouldBeGreaterThan(100);
        run.Ids("call_legs").ShouldBeUnique();
        legs.Select(l => l["call_id"]!.GetValue<long>()).Distinct().Order().ToList().ShouldBe([.. calls.Order()]);
        legs.Count.ShouldBeInRange(calls.Count * 2, calls.Count * 3);
    }

    [Fact]
    public async Task A_later_run_emits_only_the_calls_that_ended_since_and_none_twice()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var first = await TapHarness.RunAsync(simulator, new TapSetup());
        var bookmark = first.LastState!["bookmarks"]!["calls"]!["updated_at"]!.GetValue<string>();
        simulator.Clock.Advance(TimeSpan.FromHours(12));

        var second = await TapHarness.RunAsync(simulator, new TapSetup { State = first.LastState });

        second.ExitCode.ShouldBe(0, second.Stderr);
        var before = first.Ids("calls").ToHashSet();
        var later = second.Ids("calls");
        later.ShouldNotBeEmpty();
        later.ShouldAllBe(id => !before.Contains(id));
        second.Records("calls").ShouldAllBe(c => string.CompareOrdinal(c["updated_at"]!.GetValue<string>(), bookmark) > 0);
        second.Records("call_legs").Select(l => l["call_id"]!.GetValue<long>()).Distinct().Order().ToList().ShouldBe([.. later.Order()]);
    }
}
