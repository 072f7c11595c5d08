using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>Incremental syncs emit every change once: no gaps, no repeats.</summary>
public sealed class ExactnessTests
{
    /// <summary>Streams whose changes the simulator records in its change log, by the stream the change shows in.</summary>
    private static readonly string[] LoggedStreams = ["tickets", "ticket_events", "ticket_comments", "users", "organizations"];

    /// <summary>
    /// Talk calls keep ending, and agents keep being given skills and losing them, while the clock moves,
    /// with no change made through the API: a later run brings the new ones only.
    /// </summary>
    private static readonly string[] ClockStreams = ["calls", "call_legs", "routing_agent_attribute_values"];

    [Fact]
    public async Task A_second_run_without_changes_emits_no_incremental_record()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 80);
        var first = await TapHarness.RunAsync(simulator, new TapSetup());
        simulator.Clock.Advance(TimeSpan.FromMinutes(30));

        var second = await TapHarness.RunAsync(simulator, new TapSetup { State = first.LastState });

        first.ExitCode.ShouldBe(0);
        second.ExitCode.ShouldBe(0);
        first.Records("tickets").Count().ShouldBe(simulator.Account.TicketCount);
        second.RecordStreams.Intersect(StreamKinds.Incremental).Except(ClockStreams).ShouldBeEmpty();
        second.RecordStreams.Except(ClockStreams).ShouldBe(StreamKinds.FullTable, ignoreOrder: true);
        foreach (var stream in ClockStreams)
        {
            Identities(second, stream).Intersect(Identities(first, stream)).ShouldBeEmpty(stream);
        }
    }

    [Fact]
    public async Task A_second_run_emits_exactly_what_changed()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 80);
        var first = await TapHarness.RunAsync(simulator, new TapSetup());
        var sequence = simulator.Account.ChangeLog.Sequence;
        var (tickets, users, organizations) = Pick(first);
        var account = simulator.Account;

        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        account.Tickets.Update(tickets[0], new TicketChange { Status = "pending", Priority = "high" });
        simulator.Clock.Advance(TimeSpan.FromSeconds(7));
        var comment = account.Tickets.AddComment(tickets[1], "A reply the second run must carry.");
        account.Tickets.AddComment(tickets[2], "An internal note.", isPublic: false);
        account.Tickets.SystemUpdate(tickets[3]);
        simulator.Clock.Advance(TimeSpan.FromSeconds(3));
        account.Tickets.Delete(tickets[4]);
        account.Tickets.Update(tickets[0], new TicketChange { Subject = "Changed twice between runs" });
        account.Users.Update(users[0], new PersonChange { Name = "Renamed User", Notes = "changed" });
        account.Users.Deactivate(users[1]);
        account.Organizations.Update(organizations[0], new PersonChange { Notes = "changed" });
        var created = account.Tickets.Create(3);
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));

        var second = await TapHarness.RunAsync(simulator, new TapSetup { State = first.LastState });

        second.ExitCode.ShouldBe(0);
        var changes = account.ChangeLog.Since(sequence);
        foreach (var stream in LoggedStreams)
        {
            var expected = changes.Where(c => c.Stream == stream).Select(c => c.Id).Distinct().Order().ToList();
            var emitted = second.Ids(stream);
            emitted.ShouldBeUnique($"{stream} repeated a record");
            emitted.Order().ToList().ShouldBe(expected, $"{stream} did not emit exactly the changed records");
        }

        // Every ticket update is one audit, with the id of its ticket event.
        second.Ids("ticket_audits").Order().ToList().ShouldBe([.. changes.Where(c => c.Stream == "ticket_events").Select(c => c.Id).Order()]);
        second.Ids("ticket_comments").ShouldContain(comment.CommentId!.Value);
        second.Records("tickets").Single(t => t["id"]!.GetValue<long>() == tickets[4])["status"]!.GetValue<string>().ShouldBe("deleted");
        second.Records("users").Single(u => u["id"]!.GetValue<long>() == users[1])["active"]!.GetValue<bool>().ShouldBeFalse();
        second.Ids("tickets").ShouldBeSubsetOf(tickets.Take(5).Concat(created));

        var changedTickets = changes.Where(c => c.Stream == "tickets").Select(c => c.Id).ToHashSet();
        second.Records("ticket_metrics").ShouldAllBe(m => changedTickets.Contains(m["ticket_id"]!.GetValue<long>()));
        second.Records("ticket_metric_events").ShouldAllBe(m => changedTickets.Contains(m["ticket_id"]!.GetValue<long>()));
        var updates = changes.Where(c => c.Stream == "ticket_events").Select(c => c.Id).ToHashSet();
        second.Ids("ticket_field_history").ShouldBeUnique();
        second.Records("ticket_field_history").ShouldAllBe(f => updates.Contains(f["audit_id"]!.GetValue<long>()));
        second.Records("ticket_field_history").ShouldContain(f => (string?)f["field_name"] == "priority" && (string?)f["value"] == "high");
        second.Ids("deleted_tickets").ShouldBe([tickets[4]]);
        second.Ids("deleted_users").ShouldBe([users[1]]);
        second.RecordStreams.Except(LoggedStreams).Except(ClockStreams)
            .Except(["ticket_audits", "ticket_metrics", "ticket_metric_events", "attachments", "ticket_field_history", "ticket_tag_history", "deleted_tickets", "deleted_users"])
            .ShouldBe(StreamKinds.FullTable, ignoreOrder: true);
    }

    [Fact]
    public async Task Changes_made_within_the_last_minute_wait_for_the_next_run()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var first = await TapHarness.RunAsync(simulator, new TapSetup());
        var ticket = first.Ids("tickets")[0];
        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var change = simulator.Account.Tickets.AddComment(ticket, "Just now.");
        simulator.Clock.Advance(TimeSpan.FromSeconds(20));

        var early = await TapHarness.RunAsync(simulator, new TapSetup { State = first.LastState });
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        var later = await TapHarness.RunAsync(simulator, new TapSetup { State = early.LastState });

        early.ExitCode.ShouldBe(0);
        early.Ids("tickets").ShouldBeEmpty();
        early.Ids("ticket_comments").ShouldBeEmpty();
        later.Ids("tickets").ShouldBe([ticket]);
        later.Ids("ticket_comments").ShouldBe([change.CommentId!.Value]);
        later.Ids("ticket_audits").ShouldBe([change.AuditId]);
    }

    [Fact]
    public async Task Many_tickets_sharing_one_second_across_page_boundaries_are_emitted_once()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30);
        var first = await TapHarness.RunAsync(simulator, new TapSetup().With("page_size", 25));
        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var created = simulator.Account.Tickets.Create(130);
        simulator.Clock.Advance(TimeSpan.FromSeconds(1));
        var more = simulator.Account.Tickets.Create(40);
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));

        var second = await TapHarness.RunAsync(simulator, new TapSetup { State = first.LastState }.With("page_size", 25));

        second.ExitCode.ShouldBe(0);
        var expected = created.Concat(more).Order().ToList();
        second.Ids("tickets").ShouldBeUnique();
        second.Ids("tickets").Order().ToList().ShouldBe(expected);
        second.Ids("ticket_events").ShouldBeUnique();
        second.Records("ticket_events").Select(e => e["ticket_id"]!.GetValue<long>()).Order().ToList().ShouldBe(expected);
        second.Ids("ticket_comments").ShouldBeUnique();
        second.Records("ticket_comments").Select(c => c["ticket_id"]!.GetValue<long>()).Order().ToList().ShouldBe(expected);
        second.Ids("ticket_metric_events").ShouldBeUnique();
        second.Ids("ticket_audits").ShouldBeUnique();
        second.Ids("ticket_audits").Count.ShouldBe(expected.Count);
    }

    [Fact]
    public async Task Small_export_pages_give_the_same_records_as_large_ones()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 120, SameSecondTickets = 40, RateLimits = false });

        var large = await TapHarness.RunAsync(simulator, new TapSetup());
        var small = await TapHarness.RunAsync(simulator, new TapSetup().With("page_size", 7));

        small.ExitCode.ShouldBe(0);
        foreach (var stream in large.RecordStreams.Where(StreamKinds.IsFedByExport))
        {
            var expected = large.Records(stream).Select(r => StreamKinds.Identity(stream, r)).Order().ToList();
            var actual = small.Records(stream).Select(r => StreamKinds.Identity(stream, r)).ToList();
            actual.ShouldBeUnique($"{stream} repeated a record with small pages");
            actual.Order().ToList().ShouldBe(expected, customMessage: $"{stream} differs with small pages");
        }
    }

    private static (List<long> Tickets, List<long> Users, List<long> Organizations) Pick(TapOutput run)
    {
        var tickets = run.Records("tickets").Where(t => t["status"]!.GetValue<string>() != "deleted").Select(t => t["id"]!.GetValue<long>()).ToList();
        var users = run.Records("users").Where(u => u["role"]!.GetValue<string>() == "end-user" && u["active"]!.GetValue<bool>()).Select(u => u["id"]!.GetValue<long>()).ToList();
        var organizations = run.Ids("organizations");
        return (tickets, users, organizations);
    }

    private static IEnumerable<string> Identities(TapOutput run, string stream) => run.Records(stream).Select(r => StreamKinds.Identity(stream, r));
}
