using Zendesk.Simulator.Data;
using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

public sealed class ListServerTests
{
    [Fact]
    public async Task Cursor_pages_walk_the_whole_list_once_and_say_when_there_is_more()
    {
        await using var account = await TestAccount.Start();
        var ids = new List<long>();
        var reply = await account.Get("/api/v2/users.json?page[size]=7");
        var pages = 1;
        ids.AddRange(reply.Items("users").Select(u => u.Long("id")));
        while (reply["meta"].GetProperty("has_more").GetBoolean())
        {
            reply["links"].Text("next")!.ShouldContain("page[after]=" + reply["meta"].Text("after_cursor"));
            reply = await account.Follow(reply["links"].Text("next")!);
            ids.AddRange(reply.Items("users").Select(u => u.Long("id")));
            pages++;
        }

        ids.Count.ShouldBe(account.Host.Account.UserCount);
        ids.Distinct().Count().ShouldBe(ids.Count);
        pages.ShouldBe((account.Host.Account.UserCount + 6) / 7);
        reply.Json.TryGetProperty("count", out _).ShouldBeFalse();
        reply.Json.TryGetProperty("next_page", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_before_cursor_returns_the_previous_page()
    {
        await using var account = await TestAccount.Start();
        var first = await account.Get("/api/v2/users?page[size]=3");
        var second = await account.Follow(first["links"].Text("next")!);

        var back = await account.Follow(second["links"].Text("prev")!);

        back.Items("users").Select(o => o.Long("id")).ShouldBe(first.Items("users").Select(o => o.Long("id")));
        back["meta"].GetProperty("has_more").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Page_size_above_100_is_refused()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get("/api/v2/users?page[size]=101");

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply.Body.ShouldContain("page[size]");
    }

    [Fact]
    public async Task Offset_pages_carry_count_and_links_and_stop_at_the_last_page()
    {
        await using var account = await TestAccount.Start();

        var first = await account.Get("/api/v2/users?per_page=7");
        var last = await account.Get($"/api/v2/users?per_page=7&page={(account.Host.Account.UserCount + 6) / 7}");

        first["count"].GetInt32().ShouldBe(account.Host.Account.UserCount);
        first["next_page"].GetString()!.ShouldContain("page=2");
        first["previous_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        last["next_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        last["previous_page"].GetString().ShouldNotBeNull();
        first.Json.TryGetProperty("meta", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("page=101")]
    [InlineData("page=51&per_page=100")]
    [InlineData("page=101&per_page=10")]
    public async Task Offset_pages_beyond_page_100_or_10000_records_get_400_invalid_pagination_depth(string query)
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get("/api/v2/tickets?" + query);

        if (query == "page=51&per_page=100")
        {
            reply.Status.ShouldBe(HttpStatusCode.OK);
            return;
        }

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply["errors"][0].Text("code").ShouldBe("InvalidPaginationDepth");
        reply["errors"][0].Text("title").ShouldBe("Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)");
    }

    [Fact]
    public async Task Unpaginated_endpoints_return_everything_at_once()
    {
        await using var account = await TestAccount.Start();

        var policies = await account.Get("/api/v2/slas/policies");
        var roles = await account.Get("/api/v2/custom_roles?page[size]=1");
        var fields = await account.Get("/api/v2/ticket_fields");
        var fieldPage = await account.Get("/api/v2/ticket_fields?page[size]=2");

        policies["count"].GetInt32().ShouldBe(policies.Items("sla_policies").Count);
        policies["next_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        roles.Items("custom_roles").Count.ShouldBe(account.Host.Account.Catalog.CustomRoles.Count);
        fields.Items("ticket_fields").Count.ShouldBe(account.Host.Account.Catalog.TicketFields.Count);
        fields.Json.TryGetProperty("meta", out _).ShouldBeFalse();
        fieldPage.Items("ticket_fields").Count.ShouldBe(2);
        fieldPage["meta"].GetProperty("has_more").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task All_ticket_audits_put_the_cursor_fields_at_the_top_level_newest_first()
    {
        await using var account = await TestAccount.Start();

        var first = await account.Get("/api/v2/ticket_audits?page[size]=5");
        var second = await account.Follow(first.Json.Text("after_url")!);

        first.Json.TryGetProperty("meta", out _).ShouldBeFalse();
        first.Json.Text("after_cursor").ShouldNotBeNull();
        first.Json.Text("before_cursor").ShouldNotBeNull();
        var times = first.Items("audits").Concat(second.Items("audits")).Select(a => a.Text("created_at")).ToList();
        times.ShouldBe(times.OrderDescending(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task A_tickets_audits_and_comments_page_both_ways()
    {
        await using var account = await TestAccount.Start();
        var ticket = account.Host.Account.Tickets.Store;
        var t = Enumerable.Range(0, ticket.Count).First(i => ticket.GeneratedAudits[i] >= 4 && !ticket.IsDeleted(i) && !account.Host.Account.Tickets.IsArchived(i));
        var id = Ids.TicketId(t);

        var audits = await account.Get($"/api/v2/tickets/{id}/audits.json");
        var cursorAudits = await account.Get($"/api/v2/tickets/{id}/audits.json?page[size]=2");
        var comments = await account.Get($"/api/v2/tickets/{id}/comments.json?per_page=1");
        var newestFirst = await account.Get($"/api/v2/tickets/{id}/comments.json?sort_order=desc");

        audits["count"].GetInt32().ShouldBe(ticket.GeneratedAudits[t]);
        audits.Items("audits").ShouldAllBe(a => a.GetProperty("ticket_id").GetInt64() == id);
        cursorAudits.Items("audits").Count.ShouldBe(2);
        cursorAudits["meta"].GetProperty("has_more").GetBoolean().ShouldBeTrue();
        comments.Items("comments").Count.ShouldBe(1);
        comments["count"].GetInt32().ShouldBeGreaterThan(1);
        var oldest = comments.Items("comments")[0].Text("created_at");
        newestFirst.Items("comments")[^1].Text("created_at").ShouldBe(oldest);
    }

    [Fact]
    public async Task Satisfaction_ratings_start_at_start_time()
    {
        await using var account = await TestAccount.Start();
        var all = await account.Get("/api/v2/satisfaction_ratings?per_page=100");
        var middle = all.Items("satisfaction_ratings")[all.Items("satisfaction_ratings").Count / 2];
        var start = DateTimeOffset.Parse(middle.Text("updated_at")!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();

        var later = await account.Get($"/api/v2/satisfaction_ratings?start_time={start}&page[size]=100");

        later.Items("satisfaction_ratings").ShouldNotBeEmpty();
        later.Items("satisfaction_ratings").ShouldAllBe(r => DateTimeOffset.Parse(r.GetProperty("updated_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds() >= start);
        later.Items("satisfaction_ratings").Count.ShouldBeLessThan(all["count"].GetInt32());
    }

    [Fact]
    public async Task Activities_cover_the_last_30_days_and_side_load_actors_and_users()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Tickets = 3000 });
        var monthAgo = account.Host.Clock.Now.AddDays(-30);

        var reply = await account.Get("/api/v2/activities?per_page=100");
        var since = await account.Get($"/api/v2/activities?since={Uri.EscapeDataString(account.Host.Clock.Now.AddDays(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))}");

        reply.Items("activities").ShouldNotBeEmpty();
        reply.Items("activities").ShouldAllBe(a => DateTimeOffset.Parse(a.GetProperty("created_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= monthAgo);
        reply.Items("actors").ShouldNotBeEmpty();
        reply.Items("users").Count.ShouldBe(1);
        since.Items("activities").Count.ShouldBeLessThan(reply.Items("activities").Count);
    }

    [Fact]
    public async Task Audit_logs_keep_to_the_created_at_window()
    {
        await using var account = await TestAccount.Start();
        var now = account.Host.Clock.Now;
        string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var from = now.AddDays(-60);
        var to = now.AddDays(-30);

        var reply = await account.Get($"/api/v2/audit_logs?filter[created_at][]={Iso(from)}&filter[created_at][]={Iso(to)}&page[size]=100");
        var broken = await account.Get($"/api/v2/audit_logs?filter[created_at][]={Iso(from)}");

        var times = reply.Items("audit_logs").Select(a => DateTimeOffset.Parse(a.Text("created_at")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        times.ShouldNotBeEmpty();
        times.ShouldAllBe(t => t >= from && t <= to);
        times.ShouldBe(times.OrderDescending().ToList());
        broken.Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
