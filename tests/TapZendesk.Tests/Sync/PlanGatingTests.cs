using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>Streams the plan does not include are skipped with one warning each; the rest syncs.</summary>
public sealed class PlanGatingTests
{
    /// <summary>The streams a Team-plan account without Talk lacks.</summary>
    internal static readonly string[] Gated =
        ["sla_policies", "ticket_forms", "satisfaction_ratings", "custom_roles", "audit_logs", "user_fields", "organization_fields", "schedules", "talk_phone_numbers",
         "satisfaction_reasons", "side_conversations", "side_conversation_events", "topics", "posts", "post_comments", "post_votes", "post_comment_votes", "user_segments", "permission_groups",
         "calls", "call_legs", "talk_agents_activity", "talk_current_queue_activity", "talk_addresses", "talk_greetings",
         "talk_greeting_categories", "talk_ivrs", "talk_lines", "talk_settings",
         "trigger_revisions", "dynamic_content_items", "group_sla_policies", "schedule_holidays", "workspaces",
         "routing_attributes", "routing_attribute_values", "routing_attribute_definitions", "routing_agent_attribute_values"];

    [Fact]
    public async Task A_team_plan_skips_each_gated_stream_with_one_warning_and_syncs_the_rest()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 40, Plan = ZendeskPlan.Team, TalkEnabled = false, RateLimits = false });

        var run = await TapHarness.RunAsync(simulator, new TapSetup());

        run.ExitCode.ShouldBe(0, run.Stderr);
        var warnings = run.Stderr.Split('\n').Where(l => l.Contains("WARNING", StringComparison.Ordinal) && l.Contains("skipped", StringComparison.Ordinal)).ToList();
        foreach (var stream in Gated)
        {
            warnings.Count(w => w.Contains($"stream {stream} skipped", StringComparison.Ordinal)).ShouldBe(1, stream);
            run.Records(stream).ShouldBeEmpty(stream);
        }

        warnings.Count.ShouldBe(Gated.Length);
        run.Records("articles").ShouldNotBeEmpty();
        run.Records("tickets").Count().ShouldBe(40);
        run.Records("groups").ShouldNotBeEmpty();
        run.Stderr.ShouldContain("summary sla_policies");
    }

    [Fact]
    public async Task A_run_of_only_gated_streams_fails()
    {
        var catalog = await Catalogs.FromAFullAccountAsync();
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 10, Plan = ZendeskPlan.Team, RateLimits = false });

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(catalog, "sla_policies") });

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("sla_policies");
        run.Stderr.ShouldContain("ERROR");
    }
}
