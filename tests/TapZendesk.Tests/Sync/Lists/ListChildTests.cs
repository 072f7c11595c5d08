using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Lists;

/// <summary>Lists read once per record of a parent list: trigger revisions, schedule holidays, custom object records.</summary>
public sealed class ListChildTests
{
    private const string Revisions = "GET /api/v2/triggers/{trigger_id}/revisions";
    private const string Holidays = "GET /api/v2/business_hours/schedules/{schedule_id}/holidays";

    [Fact]
    public async Task Every_revision_names_its_trigger_and_the_newest_is_the_trigger_as_it_stands()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "triggers", "trigger_revisions");
        simulator.Requests.Reset();

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var triggers = run.Records("triggers").ToDictionary(t => t["id"]!.GetValue<long>());
        var revisions = run.Records("trigger_revisions").ToList();
        revisions.Count.ShouldBeGreaterThan(triggers.Count);
        simulator.Requests.ForEndpoint(Revisions).ShouldBe(triggers.Count);
        foreach (var (id, trigger) in triggers)
        {
            var own = revisions.Where(r => r["trigger_id"]!.GetValue<long>() == id).ToList();
            own.ShouldNotBeEmpty($"trigger {id} has no revision");
            var newest = own.MaxBy(r => r["created_at"]!.GetValue<DateTimeOffset>())!;
            newest["created_at"]!.GetValue<DateTimeOffset>().ShouldBe(trigger["updated_at"]!.GetValue<DateTimeOffset>());
            newest["snapshot"]!["title"]!.GetValue<string>().ShouldBe(trigger["title"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_second_run_reads_revisions_only_of_triggers_changed_since_and_holidays_of_every_schedule()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "triggers", "trigger_revisions", "schedules", "schedule_holidays");
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });
        first.ExitCode.ShouldBe(0, first.Stderr);
        var schedules = first.Records("schedules").Count();
        var changes = first.Records("triggers").Select(t => t["updated_at"]!.GetValue<DateTimeOffset>()).OrderDescending().ToList();
        var latest = changes[0];
        var earlier = changes.First(c => c < latest);

        simulator.Requests.Reset();
        var second = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = first.LastState!.DeepClone() });

        second.ExitCode.ShouldBe(0, second.Stderr);
        simulator.Requests.ForEndpoint(Revisions).ShouldBe(changes.Count(c => c == latest), "only the triggers of the bookmark's own second may have a revision not yet read");
        second.Records("trigger_revisions").ShouldBeEmpty();
        simulator.Requests.ForEndpoint(Holidays).ShouldBe(schedules, "a holiday can change without its schedule");
        second.Records("schedule_holidays").Count().ShouldBe(first.Records("schedule_holidays").Count(), "holidays are read in full");

        var rewound = first.LastState!.DeepClone().AsObject();
        rewound["bookmarks"]!["trigger_revisions"] = new JsonObject { ["created_at"] = earlier.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) };
        simulator.Requests.Reset();
        var third = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = rewound });

        third.ExitCode.ShouldBe(0, third.Stderr);
        simulator.Requests.ForEndpoint(Revisions).ShouldBe(changes.Count(c => c >= earlier), "only the triggers changed at or after the bookmark");
        third.Records("trigger_revisions").ShouldNotBeEmpty();
        third.Records("trigger_revisions").ShouldAllBe(r => r["created_at"]!.GetValue<DateTimeOffset>() >= earlier);
    }

    [Fact]
    public async Task A_child_selected_without_its_parent_reads_the_parent_list_without_emitting_it()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "custom_object_records");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Records("custom_objects").ShouldBeEmpty();
        var records = run.Records("custom_object_records").ToList();
        var expected = simulator.Account.Config.CustomObjectRecords.Values.Sum(r => r.Count);
        records.Count.ShouldBe(expected);
        records.Select(r => r["custom_object_key"]!.GetValue<string>()).Distinct().Order().ShouldBe(["contract", "device"]);
    }

    [Fact]
    public async Task A_child_the_plan_withholds_is_skipped_with_one_warning_while_its_parent_syncs()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 20, Plan = ZendeskPlan.Professional, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "triggers", "trigger_revisions");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Records("triggers").ShouldNotBeEmpty();
        run.Records("trigger_revisions").ShouldBeEmpty();
        run.Stderr.Split('\n').Count(l => l.Contains("stream trigger_revisions skipped", StringComparison.Ordinal)).ShouldBe(1, run.Stderr);
        run.Stderr.ShouldNotContain("stream triggers skipped");
        simulator.Requests.ForEndpoint(Revisions).ShouldBe(1, "the first refusal stops the child");
    }

    private static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
