using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Data;

public sealed class AccountMutationsTests
{
    private static async Task<JsonElement> Ticket(TestAccount account, long id) =>
        (await account.Get($"/api/v2/tickets/{id}.json"))["ticket"];

    private static long Epoch(JsonElement element, string property) =>
        DateTimeOffset.Parse(element.Text(property)!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();

    [Fact]
    public async Task An_update_bumps_updated_at_and_generated_timestamp_and_adds_an_audit_and_a_ticket_event()
    {
        await using var account = await TestAccount.Start();
        var id = Ids.TicketId(10);
        var audits = (await account.Get($"/api/v2/tickets/{id}/audits"))["count"].GetInt32();
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;

        var result = account.Host.Account.Tickets.Update(id, new TicketChange { Status = "hold", Tags = ["Escalated", "vip"], Subject = "Renamed" });
        account.Host.Clock.Advance(TimeSpan.FromMinutes(1));

        var ticket = await Ticket(account, id);
        ticket.Text("status").ShouldBe("hold");
        ticket.Text("subject").ShouldBe("Renamed");
        ticket.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["escalated", "vip"]);
        Epoch(ticket, "updated_at").ShouldBe(now);
        var exported = (await account.Get($"/api/v2/incremental/tickets.json?start_time={now}")).Items("tickets").Single();
        exported.Long("generated_timestamp").ShouldBe(now);
        (await account.Get($"/api/v2/tickets/{id}/audits"))["count"].GetInt32().ShouldBe(audits + 1);
        var events = (await account.Get($"/api/v2/incremental/ticket_events.json?start_time={now}")).Items("ticket_events");
        var ticketEvent = events.ShouldHaveSingleItem();
        ticketEvent.Long("id").ShouldBe(result.AuditId);
        ticketEvent.GetProperty("child_events").EnumerateArray().Where(c => c.EnumerateObject().Any(p => p.Name == "status")).Select(c => c.Text("status")).ShouldContain("hold");
    }

    [Fact]
    public async Task A_system_update_moves_only_generated_timestamp()
    {
        await using var account = await TestAccount.Start();
        var id = Ids.TicketId(20);
        var before = await Ticket(account, id);
        account.Host.Clock.Advance(TimeSpan.FromHours(2));
        var now = account.Host.Clock.NowSeconds;

        account.Host.Account.Tickets.SystemUpdate(id);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(1));

        var exported = (await account.Get($"/api/v2/incremental/tickets/cursor.json?start_time={now}")).Items("tickets").Single();
        exported.Long("generated_timestamp").ShouldBe(now);
        exported.Text("updated_at").ShouldBe(before.Text("updated_at"));
        Epoch(exported, "updated_at").ShouldBeLessThan(now);
        (await account.Get($"/api/v2/incremental/ticket_events.json?start_time={now}")).Items("ticket_events").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_deleted_ticket_is_exported_with_status_deleted_and_gone_from_lists()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { DeletedTicketShare = 0 });
        var id = Ids.TicketId(30);
        var now = account.Host.Clock.NowSeconds;

        account.Host.Account.Tickets.Delete(id);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(1));

        var exported = (await account.Get($"/api/v2/incremental/tickets.json?start_time={now}")).Items("tickets").Single();
        exported.Text("status").ShouldBe("deleted");
        (await account.Get($"/api/v2/tickets/{id}")).Status.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await account.Get("/api/v2/tickets?per_page=100&page=1"))["count"].GetInt32().ShouldBe(account.Host.Account.TicketCount - 1);
    }

    [Fact]
    public async Task A_comment_shows_in_comments_audits_and_ticket_events()
    {
        await using var account = await TestAccount.Start();
        var id = Ids.TicketId(40);
        var now = account.Host.Clock.NowSeconds;

        var result = account.Host.Account.Tickets.AddComment(id, "Private thoughts", isPublic: false);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(1));

        var comments = (await account.Get($"/api/v2/tickets/{id}/comments?sort_order=desc")).Items("comments");
        comments[0].Long("id").ShouldBe(result.CommentId!.Value);
        comments[0].Text("body").ShouldBe("Private thoughts");
        comments[0].GetProperty("public").GetBoolean().ShouldBeFalse();
        var ticketEvent = (await account.Get($"/api/v2/incremental/ticket_events.json?start_time={now}&include=comment_events")).Items("ticket_events").Single();
        var comment = ticketEvent.GetProperty("child_events").EnumerateArray().Single(c => c.Text("event_type") == "Comment");
        comment.Text("body").ShouldBe("Private thoughts");
        comment.Long("audit_id").ShouldBe(result.AuditId);
    }

    [Fact]
    public async Task A_deactivated_user_is_exported_inactive_with_a_new_updated_at()
    {
        await using var account = await TestAccount.Start();
        var id = Ids.UserId(12);
        var now = account.Host.Clock.NowSeconds;

        account.Host.Account.Users.Deactivate(id);
        account.Host.Account.Users.Update(Ids.UserId(13), new PersonChange { Name = "Renamed Person", Fields = new Dictionary<string, object?> { ["plan_tier"] = "enterprise" } });
        account.Host.Account.Organizations.Update(Ids.OrganizationId(1), new PersonChange { Notes = "Changed" });
        account.Host.Clock.Advance(TimeSpan.FromMinutes(1));

        var users = (await account.Get($"/api/v2/incremental/users/cursor.json?start_time={now}")).Items("users");
        users.Select(u => u.Long("id")).ShouldBe([id, Ids.UserId(13)]);
        users[0].GetProperty("active").GetBoolean().ShouldBeFalse();
        Epoch(users[0], "updated_at").ShouldBe(now);
        users[1].Text("name").ShouldBe("Renamed Person");
        users[1].GetProperty("user_fields").Text("plan_tier").ShouldBe("enterprise");
        var organization = (await account.Get($"/api/v2/incremental/organizations.json?start_time={now}")).Items("organizations").Single();
        organization.Text("notes").ShouldBe("Changed");
    }

    [Fact]
    public async Task Created_tickets_share_the_current_second()
    {
        await using var account = await TestAccount.Start();
        var now = account.Host.Clock.NowSeconds;

        var ids = account.Host.Account.Tickets.Create(25);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(1));

        var page = await account.Get($"/api/v2/incremental/tickets.json?start_time={now}&per_page=10");
        page.Items("tickets").Select(t => t.Long("id")).ShouldBe(ids);
        page.Items("tickets").ShouldAllBe(t => t.GetProperty("generated_timestamp").GetInt64() == now);
        (await account.Get($"/api/v2/tickets/{ids[0]}/audits"))["count"].GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_change_log_lists_what_changed_since_a_point()
    {
        await using var account = await TestAccount.Start();
        var mark = account.Host.Account.ChangeLog.Sequence;

        var comment = account.Host.Account.Tickets.AddComment(Ids.TicketId(3), "Hello");
        account.Host.Account.Tickets.SystemUpdate(Ids.TicketId(4));
        account.Host.Account.Users.Deactivate(Ids.UserId(20));

        var changes = account.Host.Account.ChangeLog.Since(mark);
        changes.Select(c => (c.Stream, c.Id)).ShouldBe(
        [
            ("tickets", Ids.TicketId(3)),
            ("ticket_events", comment.AuditId),
            ("ticket_audits", comment.AuditId),
            ("ticket_comments", comment.CommentId!.Value),
            ("ticket_metrics", Ids.MetricSet + 3),
            ("tickets", Ids.TicketId(4)),
            ("users", Ids.UserId(20)),
        ]);
        account.Host.Account.ChangeLog.Since(account.Host.Account.ChangeLog.Sequence).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_change_log_holds_every_record_each_mutation_makes_new_in_the_exports()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { DeletedTicketShare = 0 });
        var simulator = account.Host.Account;
        var start = account.Host.Clock.NowSeconds;
        var mark = simulator.ChangeLog.Sequence;

        var created = simulator.Tickets.Create(2);
        simulator.Tickets.Update(Ids.TicketId(10), new TicketChange { Status = "solved", Comment = "Solved.", Tags = ["done"] });
        simulator.Tickets.AddComment(Ids.TicketId(11), "A note.", isPublic: false);
        simulator.Tickets.AddComment(created[0], "A first reply.");
        simulator.Tickets.SystemUpdate(Ids.TicketId(12));
        simulator.Tickets.Delete(Ids.TicketId(13));
        simulator.Users.Update(Ids.UserId(20), new PersonChange { Notes = "changed" });
        simulator.Users.Deactivate(Ids.UserId(21));
        simulator.Organizations.Update(Ids.OrganizationId(2), new PersonChange { Notes = "changed" });
        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));

        var logged = simulator.ChangeLog.Since(mark).ToLookup(c => c.Stream, c => c.Id);
        var tickets = (await Exports.WalkCursor(account, $"/api/v2/incremental/tickets/cursor.json?start_time={start}&include=metric_sets")).SelectMany(p => p.Items("tickets")).ToList();
        var events = (await Exports.WalkTime(account, $"/api/v2/incremental/ticket_events.json?start_time={start}&include=comment_events")).SelectMany(p => p.Items("ticket_events")).ToList();
        var metricEvents = (await account.Get($"/api/v2/incremental/ticket_metric_events.json?start_time={start}")).Items("ticket_metric_events");
        var users = Exports.Ids(await Exports.WalkCursor(account, $"/api/v2/incremental/users/cursor.json?start_time={start}"), "users");
        var organizations = Exports.Ids(await Exports.WalkTime(account, $"/api/v2/incremental/organizations.json?start_time={start}"), "organizations");
        var audits = new List<long>();
        foreach (var ticket in tickets.Where(t => t.Text("status") != "deleted"))
        {
            var own = (await account.Get($"/api/v2/tickets/{ticket.Long("id")}/audits")).Items("audits");
            audits.AddRange(own.Where(a => Epoch(a, "created_at") >= start).Select(a => a.Long("id")));
        }

        var expected = new Dictionary<string, IEnumerable<long>>
        {
            ["tickets"] = tickets.Select(t => t.Long("id")),
            ["ticket_events"] = events.Select(e => e.Long("id")),
            ["ticket_audits"] = audits,
            ["ticket_comments"] = events.SelectMany(e => e.GetProperty("child_events").EnumerateArray()).Where(c => c.Text("event_type") == "Comment").Select(c => c.Long("id")),
            ["ticket_metrics"] = tickets.Where(t => t.TryGetProperty("metric_set", out var m) && Epoch(m, "updated_at") >= start).Select(t => t.GetProperty("metric_set").Long("id")),
            ["ticket_metric_events"] = metricEvents.Select(e => e.Long("id")),
            ["users"] = users,
            ["organizations"] = organizations,
        };
        logged.Select(g => g.Key).ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var (stream, ids) in expected)
        {
            ids.ShouldNotBeEmpty(stream);
            logged[stream].Distinct().Order().ShouldBe(ids.Distinct().Order(), $"{stream}: the change log and the exports disagree");
        }
    }

    [Fact]
    public async Task Mutations_refuse_unknown_records()
    {
        await using var account = await TestAccount.Start();

        Should.Throw<ArgumentException>(() => account.Host.Account.Tickets.Update(42, new TicketChange { Status = "open" }));
        Should.Throw<ArgumentException>(() => account.Host.Account.Tickets.Update(Ids.TicketId(1), new TicketChange { Status = "bogus" }));
        Should.Throw<ArgumentException>(() => account.Host.Account.Users.Deactivate(Ids.UserId(99_999)));
    }
}
