using System.Globalization;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// Cursor pagination of every list endpoint: walked with a page size well below the list's length,
/// it returns each record exactly once, the same records the endpoint's other paging returns.
/// </summary>
public sealed class ListEndpointsTests(FidelityAccount fixture) : IClassFixture<FidelityAccount>
{
    public static TheoryData<string, string, int, string> CursorLists => new()
    {
        { "/api/v2/groups", "groups", 1, "offset" },
        { "/api/v2/group_memberships", "group_memberships", 2, "offset" },
        { "/api/v2/macros", "macros", 2, "offset" },
        { "/api/v2/ticket_forms", "ticket_forms", 1, "offset" },
        { "/api/v2/user_fields", "user_fields", 2, "offset" },
        { "/api/v2/organization_fields", "organization_fields", 2, "offset" },
        { "/api/v2/views", "views", 2, "offset" },
        { "/api/v2/triggers", "triggers", 2, "offset" },
        { "/api/v2/automations", "automations", 2, "offset" },
        { "/api/v2/tags", "tags", 3, "offset" },
        { "/api/v2/users", "users", 9, "offset" },
        { "/api/v2/users/{user}/identities", "identities", 1, "offset" },
        { "/api/v2/organizations", "organizations", 2, "offset" },
        { "/api/v2/organization_memberships", "organization_memberships", 9, "offset" },
        { "/api/v2/tickets", "tickets", 25, "offset" },
        { "/api/v2/tickets?support_type_scope=all", "tickets", 25, "offset" },
        { "/api/v2/ticket_metrics", "ticket_metrics", 25, "offset" },
        { "/api/v2/satisfaction_ratings", "satisfaction_ratings", 9, "offset" },
        { "/api/v2/skips", "skips", 3, "offset" },
        { "/api/v2/activities", "activities", 3, "offset" },
        { "/api/v2/audit_logs", "audit_logs", 9, "offset" },
        { "/api/v2/audit_logs?sort=created_at", "audit_logs", 9, "offset" },
        { "/api/v2/tickets/{ticket}/audits", "audits", 2, "offset" },
        { "/api/v2/tickets/{ticket}/comments", "comments", 1, "offset" },
        { "/api/v2/tickets/{ticket}/comments?sort_order=desc", "comments", 1, "offset" },
        { "/api/v2/brands", "brands", 1, "all" },
        { "/api/v2/ticket_fields", "ticket_fields", 5, "all" },
    };

    [Theory]
    [MemberData(nameof(CursorLists))]
    public async Task Cursor_pages_of_a_list_return_every_record_exactly_once(string path, string key, int size, string reference)
    {
        path = path
            .Replace("{ticket}", fixture.TicketId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{user}", PhoneUser().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var expected = reference == "offset"
            ? await Lists.WalkOffset(fixture.Account, path, key)
            : (await fixture.Account.Get(path)).Items(key).ToList();

        var walked = await Lists.WalkCursor(fixture.Account, path, key, size);

        expected.Count.ShouldBeGreaterThan(size, "the list must span several pages");
        var ids = walked.Select(Lists.Identity).ToList();
        ids.ShouldBeUnique();
        ids.Order(StringComparer.Ordinal).ShouldBe(expected.Select(Lists.Identity).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ticket_fields_come_by_id_in_cursor_pages_and_by_position_unpaginated()
    {
        var all = (await fixture.Account.Get("/api/v2/ticket_fields")).Items("ticket_fields");

        var paged = await Lists.WalkCursor(fixture.Account, "/api/v2/ticket_fields", "ticket_fields", 4);

        var positions = all.Select(f => f.GetProperty("position").GetInt32()).ToList();
        positions.ShouldBe(positions.Order().ToList());
        all.Select(f => f.Long("id")).ShouldNotBe(all.Select(f => f.Long("id")).Order().ToList(), "the fields' ids do not follow their positions");
        var ids = paged.Select(f => f.Long("id")).ToList();
        ids.ShouldBe(ids.Order().ToList());
        ids.Count.ShouldBe(all.Count);
    }

    [Fact]
    public async Task All_ticket_audits_in_cursor_pages_are_every_audit_of_live_unarchived_tickets_once()
    {
        var account = fixture.Account.Host.Account;
        var expected = Enumerable.Range(0, account.TicketCount)
            .Where(t => !account.Tickets.Store.IsDeleted(t) && !account.Tickets.IsArchived(t))
            .SelectMany(t => account.Audits.Of(t).Select(a => a.Id))
            .Order()
            .ToList();

        var walked = await Lists.WalkCursor(fixture.Account, "/api/v2/ticket_audits", "audits", 40);

        var ids = walked.Select(a => a.Long("id")).ToList();
        ids.ShouldBeUnique();
        ids.Order().ShouldBe(expected);
    }

    [Fact]
    public async Task Ticket_metric_events_in_cursor_pages_are_every_exported_event_once()
    {
        var account = fixture.Account.Host.Account;
        var floor = fixture.Account.Host.Clock.NowSeconds - 60;
        var index = account.Audits.MetricEventIndex;
        var expected = Enumerable.Range(0, index.Count).Count(p => TimeIndex.TimestampOf(index[p]) <= floor);

        var walked = await Lists.WalkCursor(fixture.Account, "/api/v2/incremental/ticket_metric_events?start_time=0", "ticket_metric_events", 100);

        walked.Select(e => e.Long("id")).ShouldBeUnique();
        walked.Count.ShouldBe(expected);
        var times = walked.Select(e => e.Text("time")).ToList();
        times.ShouldBe(times.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Ticket_metrics_cursor_pages_are_not_shifted_by_tickets_created_meanwhile()
    {
        await using var account = await TestAccount.Start();
        var expected = await Lists.WalkOffset(account, "/api/v2/ticket_metrics", "ticket_metrics");
        var first = await account.Get("/api/v2/ticket_metrics?page[size]=20");

        account.Host.Account.Tickets.Create(7);
        var second = await account.Follow(first["links"].Text("next")!);

        var ids = first.Items("ticket_metrics").Concat(second.Items("ticket_metrics")).Select(m => m.Long("ticket_id")).ToList();
        ids.ShouldBeUnique();
        ids.ShouldBe(expected.Take(40).Select(m => m.Long("ticket_id")));
    }

    private long PhoneUser()
    {
        var users = fixture.Account.Host.Account.Users.Store;
        return Ids.UserId(Enumerable.Range(1, users.Count - 1).First(u => (users.Flags[u] & UserStore.FlagPhone) != 0));
    }
}
