using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Data;

/// <summary>Ticket changes made between syncs produce the ticket metric events Zendesk would record for them.</summary>
public sealed class AccountMetricsTests
{
    private static async Task<List<JsonElement>> EventsSince(TestAccount account, long start)
    {
        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        return [.. (await account.Get($"/api/v2/incremental/ticket_metric_events.json?start_time={start}")).Items("ticket_metric_events")];
    }

    private static (string Metric, string Type, int Instance) Describe(JsonElement e) =>
        (e.Text("metric")!, e.Text("type")!, e.GetProperty("instance_id").GetInt32());

    private static async Task<(TestAccount Account, long Ticket, long Start)> NewTicket()
    {
        var account = await TestAccount.Start();
        var ticket = account.Host.Account.Tickets.Create(1)[0];
        account.Host.Clock.Advance(TimeSpan.FromMinutes(10));
        return (account, ticket, account.Host.Clock.NowSeconds);
    }

    [Fact]
    public async Task The_first_public_agent_reply_fulfils_reply_time_and_updates_its_status()
    {
        var (account, ticket, start) = await NewTicket();
        await using var _ = account;

        account.Host.Account.Tickets.AddComment(ticket, "We are on it.", isPublic: true, authorId: Ids.UserId(1));
        var events = await EventsSince(account, start);

        events.ShouldAllBe(e => e.GetProperty("ticket_id").GetInt64() == ticket);
        events.Select(Describe).ShouldBe([("reply_time", "fulfill", 1), ("reply_time", "update_status", 1)]);
        var status = events[1].GetProperty("status");
        status.GetProperty("calendar").GetInt64().ShouldBe(10);
        status.GetProperty("business").GetInt64().ShouldBeLessThanOrEqualTo(10);
        events[0].GetProperty("deleted").GetBoolean().ShouldBeFalse();
        events.ShouldAllBe(e => DateTimeOffset.Parse(e.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds() == start);
    }

    [Fact]
    public async Task Private_notes_and_later_replies_leave_reply_time_alone()
    {
        var (account, ticket, start) = await NewTicket();
        await using var _ = account;

        account.Host.Account.Tickets.AddComment(ticket, "Checking the logs.", isPublic: false, authorId: Ids.UserId(1));
        var afterNote = await EventsSince(account, start);
        account.Host.Account.Tickets.AddComment(ticket, "Fixed.", isPublic: true, authorId: Ids.UserId(1));
        var middle = account.Host.Clock.NowSeconds;
        account.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        account.Host.Account.Tickets.AddComment(ticket, "Anything else?", isPublic: true, authorId: Ids.UserId(1));
        var afterReplies = await EventsSince(account, middle);

        afterNote.ShouldBeEmpty();
        afterReplies.Count(e => e.Text("metric") == "reply_time" && e.Text("type") == "fulfill").ShouldBe(1);
    }

    [Fact]
    public async Task Solving_fulfils_the_resolution_metrics_and_reopening_starts_new_instances()
    {
        var (account, ticket, start) = await NewTicket();
        await using var _ = account;

        account.Host.Account.Tickets.Update(ticket, new TicketChange { Status = "pending" });
        var pending = await EventsSince(account, start);
        var solvedAt = account.Host.Clock.NowSeconds;
        account.Host.Account.Tickets.Update(ticket, new TicketChange { Status = "solved" });
        var solved = await EventsSince(account, solvedAt);
        var reopenedAt = account.Host.Clock.NowSeconds;
        account.Host.Account.Tickets.Update(ticket, new TicketChange { Status = "open" });
        var reopened = await EventsSince(account, reopenedAt);

        pending.Select(Describe).ShouldBe([("requester_wait_time", "pause", 1)]);
        solved.Where(e => e.Text("type") == "fulfill").Select(Describe).ShouldBe(
            [("agent_work_time", "fulfill", 1), ("requester_wait_time", "fulfill", 1), ("resolution_time", "fulfill", 1)],
            ignoreOrder: true);
        solved.Where(e => e.Text("type") == "update_status").Select(e => e.Text("metric")).ShouldBe(["agent_work_time", "requester_wait_time", "resolution_time"], ignoreOrder: true);
        solved.Single(e => e.Text("metric") == "resolution_time" && e.Text("type") == "update_status").GetProperty("status").GetProperty("calendar").GetInt64().ShouldBe(12);
        reopened.Select(Describe).ShouldBe([("agent_work_time", "activate", 2), ("resolution_time", "activate", 2)], ignoreOrder: true);
    }

    [Fact]
    public async Task Metric_events_of_changes_are_exported_once_by_cursor_and_logged_as_changes()
    {
        var (account, ticket, start) = await NewTicket();
        await using var _ = account;
        var mark = account.Host.Account.ChangeLog.Sequence;

        account.Host.Account.Tickets.Update(ticket, new TicketChange { Status = "solved", Comment = "Done." });
        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        var byTime = (await account.Get($"/api/v2/incremental/ticket_metric_events.json?start_time={start}")).Items("ticket_metric_events");
        var byCursor = await Lists.WalkCursor(account, $"/api/v2/incremental/ticket_metric_events?start_time={start}", "ticket_metric_events", 2);

        byTime.Count.ShouldBe(8);
        byCursor.Select(e => e.Long("id")).ShouldBe(byTime.Select(e => e.Long("id")));
        account.Host.Account.ChangeLog.Since(mark).Where(c => c.Stream == "ticket_metric_events").Select(c => c.Id).ShouldBe(byTime.Select(e => e.Long("id")), ignoreOrder: true);
    }

    [Fact]
    public async Task Metric_events_of_changes_validate_against_the_oas()
    {
        var (account, ticket, start) = await NewTicket();
        await using var _ = account;
        account.Host.Account.Tickets.Update(ticket, new TicketChange { Status = "solved", Comment = "Done." });
        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));

        var reply = await account.Get($"/api/v2/incremental/ticket_metric_events.json?start_time={start}");

        // The page repeats the second it started in, so it cannot move on: it ends the stream with no next_page.
        var validator = new SchemaValidator(OasDocument.Instance, [new OasCorrection(@"^\$\.next_page$", "a last page that cannot move past its start_time has no next_page")]);
        var statusSchema = OasDocument.Instance.Resolve("#/components/schemas/TicketMetricEventUpdateStatusObject");
        validator.Validate(reply.Json, OasDocument.Instance.ResponseSchema("/api/v2/incremental/ticket_metric_events")).ShouldBeEmpty();
        var updates = reply.Items("ticket_metric_events").Where(e => e.Text("type") == "update_status").ToList();
        updates.ShouldNotBeEmpty();
        updates.SelectMany(e => validator.Validate(e, statusSchema)).ShouldBeEmpty();
    }
}
