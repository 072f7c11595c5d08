using Zendesk.Simulator.Data;
using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

public sealed class ExportEndpointsTests
{
    [Fact]
    public async Task Time_based_export_includes_records_stamped_exactly_at_start_time()
    {
        await using var account = await TestAccount.Start();
        var first = await account.Get("/api/v2/incremental/tickets.json?start_time=0&per_page=20");
        var tenth = first.Items("tickets")[10];
        var start = tenth.Long("generated_timestamp");

        var page = await account.Get($"/api/v2/incremental/tickets.json?start_time={start}&per_page=20");

        page.Items("tickets").Select(t => t.Long("id")).ShouldContain(tenth.Long("id"));
        page.Items("tickets").ShouldAllBe(t => t.GetProperty("generated_timestamp").GetInt64() >= start);
    }

    [Fact]
    public async Task Time_based_pages_hold_1000_records_by_default_and_never_more_than_1000_asked()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Tickets = 2500, Seed = 3 });

        var byDefault = await account.Get("/api/v2/incremental/tickets.json?start_time=0");
        var tooMany = await account.Get("/api/v2/incremental/tickets.json?start_time=0&per_page=5000");

        byDefault["count"].GetInt32().ShouldBe(1000);
        byDefault.Items("tickets").Count.ShouldBe(1000);
        tooMany["count"].GetInt32().ShouldBe(1000);
    }

    [Fact]
    public async Task End_time_is_the_last_records_timestamp_and_the_next_page_repeats_that_second()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { SameSecondTickets = 6 });
        var shared = account.Host.Options.ClockStart.ToUnixTimeSeconds() - 3600;
        var before = await account.Get($"/api/v2/incremental/tickets.json?start_time=0&per_page=1000");
        var upToShared = before.Items("tickets").TakeWhile(t => t.Long("generated_timestamp") < shared).Count();

        // A page that ends in the middle of the shared second.
        var page = await account.Get($"/api/v2/incremental/tickets.json?start_time=0&per_page={upToShared + 2}");
        var items = page.Items("tickets");
        page["end_time"].GetInt64().ShouldBe(items[^1].Long("generated_timestamp"));
        page["end_time"].GetInt64().ShouldBe(shared);
        page["next_page"].GetString()!.ShouldContain($"start_time={shared}");

        var next = await account.Follow(page["next_page"].GetString()!);
        var repeated = next.Items("tickets").Where(t => t.Long("generated_timestamp") == shared).Select(t => t.Long("id")).ToList();
        repeated.Count.ShouldBe(6);
        repeated.ShouldContain(items[^1].Long("id"));
    }

    [Fact]
    public async Task A_page_is_larger_than_per_page_when_more_records_share_one_second()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { SameSecondTickets = 30 });
        var shared = account.Host.Options.ClockStart.ToUnixTimeSeconds() - 3600;

        var page = await account.Get($"/api/v2/incremental/tickets.json?start_time={shared}&per_page=10");

        page.Items("tickets").Count(t => t.Long("generated_timestamp") == shared).ShouldBe(30);
        page["count"].GetInt32().ShouldBeGreaterThan(10);
        page["end_of_stream"].GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_saturated_second_does_not_make_the_time_based_export_loop()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { SameSecondTickets = 30 });
        account.Host.Account.Tickets.Create(3);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));

        var pages = await Exports.WalkTime(account, "/api/v2/incremental/tickets.json?start_time=0&per_page=10");

        Exports.Ids(pages, "tickets").Distinct().Count().ShouldBe(account.Host.Account.TicketCount);
    }

    [Fact]
    public async Task The_last_time_based_page_still_has_a_next_page_and_says_end_of_stream()
    {
        await using var account = await TestAccount.Start();

        var pages = await Exports.WalkTime(account, "/api/v2/incremental/tickets.json?start_time=0&per_page=100");

        var last = pages[^1];
        last["end_of_stream"].GetBoolean().ShouldBeTrue();
        last["next_page"].GetString().ShouldNotBeNullOrEmpty();
        last["count"].GetInt32().ShouldBe(last.Items("tickets").Count);
        pages.Take(pages.Count - 1).ShouldAllBe(p => !p["end_of_stream"].GetBoolean());
        Exports.Ids(pages, "tickets").Distinct().Count().ShouldBe(account.Host.Account.TicketCount);
    }

    [Fact]
    public async Task Cursor_export_returns_every_ticket_once_and_keeps_its_cursor_on_the_last_page()
    {
        await using var account = await TestAccount.Start();

        var pages = await Exports.WalkCursor(account, "/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=50");

        var ids = Exports.Ids(pages, "tickets").ToList();
        ids.Count.ShouldBe(account.Host.Account.TicketCount);
        ids.Distinct().Count().ShouldBe(ids.Count);
        pages[0]["before_cursor"].ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        pages[0]["before_url"].ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        pages[^1]["after_cursor"].GetString().ShouldNotBeNullOrEmpty();
        pages[^1]["after_url"].GetString().ShouldNotBeNullOrEmpty();
        pages[0].Json.TryGetProperty("count", out _).ShouldBeFalse();
        pages[0].Json.TryGetProperty("end_time", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_stored_cursor_resumes_with_exactly_the_changes_made_since()
    {
        await using var account = await TestAccount.Start();
        var pages = await Exports.WalkCursor(account, "/api/v2/incremental/tickets/cursor.json?start_time=0");
        var bookmark = pages[^1]["after_cursor"].GetString()!;
        var changed = Exports.Ids(pages, "tickets").Skip(17).First();

        account.Host.Account.Tickets.Update(changed, new TicketChange { Status = "solved" });
        account.Host.Account.Tickets.SystemUpdate(changed + 1);
        account.Host.Clock.Advance(TimeSpan.FromSeconds(61));
        var resumed = await account.Get($"/api/v2/incremental/tickets/cursor.json?cursor={bookmark}");

        resumed.Items("tickets").Select(t => t.Long("id")).ShouldBe([changed, changed + 1], ignoreOrder: true);
        resumed["end_of_stream"].GetBoolean().ShouldBeTrue();
        resumed["before_cursor"].GetString().ShouldBe(bookmark);
        var again = await account.Get($"/api/v2/incremental/tickets/cursor.json?cursor={resumed["after_cursor"].GetString()}");
        again.Items("tickets").ShouldBeEmpty();
    }

    [Fact]
    public async Task Changes_in_the_last_minute_are_held_back_until_the_minute_has_passed()
    {
        await using var account = await TestAccount.Start();
        var start = account.Host.Clock.NowSeconds - 120;
        var id = Ids.TicketId(5);
        account.Host.Account.Tickets.Update(id, new TicketChange { Priority = "urgent" });

        account.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        var early = await account.Get($"/api/v2/incremental/tickets.json?start_time={start}");
        account.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        var late = await account.Get($"/api/v2/incremental/tickets.json?start_time={start}");

        early.Items("tickets").ShouldBeEmpty();
        late.Items("tickets").Select(t => t.Long("id")).ShouldBe([id]);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(-3600)]
    public async Task A_start_time_within_the_last_minute_or_in_the_future_is_422(int secondsAgo)
    {
        await using var account = await TestAccount.Start();
        var start = account.Host.Clock.NowSeconds - secondsAgo;

        var reply = await account.Get($"/api/v2/incremental/tickets.json?start_time={start}");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply.Body.ShouldBe("""{"error":"InvalidValue","description":"Too recent start_time. Use a start_time older than 5 minutes"}""");
        (await account.Get($"/api/v2/incremental/tickets/cursor.json?start_time={start}")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await account.Get($"/api/v2/incremental/tickets.json?start_time={account.Host.Clock.NowSeconds - 60}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Metric_sets_are_embedded_per_ticket_except_for_deleted_tickets()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { DeletedTicketShare = 0.1 });

        var page = await account.Get("/api/v2/incremental/tickets/cursor.json?start_time=0&include=metric_sets");

        var tickets = page.Items("tickets");
        tickets.ShouldContain(t => t.Text("status") == "deleted");
        foreach (var ticket in tickets)
        {
            var hasMetrics = ticket.TryGetProperty("metric_set", out var metrics);
            hasMetrics.ShouldBe(ticket.Text("status") != "deleted");
            if (hasMetrics)
            {
                metrics.Long("ticket_id").ShouldBe(ticket.Long("id"));
            }
        }
    }

    [Fact]
    public async Task Exclude_deleted_leaves_deleted_tickets_out()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { DeletedTicketShare = 0.1 });

        var all = await account.Get("/api/v2/incremental/tickets.json?start_time=0");
        var live = await account.Get("/api/v2/incremental/tickets.json?start_time=0&exclude_deleted=true");

        var deleted = all.Items("tickets").Count(t => t.Text("status") == "deleted");
        deleted.ShouldBeGreaterThan(0);
        live.Items("tickets").ShouldAllBe(t => t.GetProperty("status").GetString() != "deleted");
        live.Items("tickets").Count.ShouldBe(all.Items("tickets").Count - deleted);
    }

    [Fact]
    public async Task Tickets_handled_by_ai_agents_appear_only_with_support_type_scope()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { AiAgentTicketShare = 0.2 });

        var agent = await account.Get("/api/v2/incremental/tickets.json?start_time=0");
        var all = await account.Get("/api/v2/incremental/tickets.json?start_time=0&support_type_scope=all");
        var ai = await account.Get("/api/v2/incremental/tickets.json?start_time=0&support_type_scope=ai_agent");

        all.Items("tickets").Count.ShouldBe(account.Host.Account.TicketCount);
        (agent.Items("tickets").Count + ai.Items("tickets").Count).ShouldBe(all.Items("tickets").Count);
        ai.Items("tickets").Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ticket_events_flag_comments_unless_comment_events_are_side_loaded()
    {
        await using var account = await TestAccount.Start();

        var plain = await account.Get("/api/v2/incremental/ticket_events.json?start_time=0&per_page=50");
        var withComments = await account.Get("/api/v2/incremental/ticket_events.json?start_time=0&per_page=50&include=comment_events");

        var flagged = plain.Items("ticket_events").SelectMany(e => e.GetProperty("child_events").EnumerateArray()).Where(c => c.Text("event_type") == "Comment").ToList();
        flagged.ShouldNotBeEmpty();
        flagged.ShouldAllBe(c => c.GetProperty("comment_present").GetBoolean() && c.EnumerateObject().All(p => p.Name != "body"));
        var comments = withComments.Items("ticket_events").SelectMany(e => e.GetProperty("child_events").EnumerateArray()).Where(c => c.Text("event_type") == "Comment").ToList();
        comments.Count.ShouldBe(flagged.Count);
        comments.ShouldAllBe(c => c.GetProperty("body").GetString()!.Length > 0 && c.GetProperty("via").ValueKind == System.Text.Json.JsonValueKind.Object);
        plain.Items("ticket_events").ShouldAllBe(e => e.GetProperty("via").ValueKind == System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task User_and_organization_exports_reach_every_record()
    {
        await using var account = await TestAccount.Start();

        var users = await Exports.WalkCursor(account, "/api/v2/incremental/users/cursor.json?start_time=0&per_page=25");
        var usersByTime = await Exports.WalkTime(account, "/api/v2/incremental/users.json?start_time=0&per_page=25");
        var organizations = await Exports.WalkTime(account, "/api/v2/incremental/organizations.json?start_time=0&per_page=7");

        Exports.Ids(users, "users").Count().ShouldBe(account.Host.Account.UserCount);
        Exports.Ids(usersByTime, "users").Distinct().Count().ShouldBe(account.Host.Account.UserCount);
        Exports.Ids(organizations, "organizations").Distinct().Count().ShouldBe(account.Host.Account.OrganizationCount);
    }

    [Fact]
    public async Task Ticket_metric_events_export_by_time_and_say_when_the_stream_ends()
    {
        await using var account = await TestAccount.Start();

        var page = await account.Get("/api/v2/incremental/ticket_metric_events.json?start_time=0");
        var cursor = await account.Get("/api/v2/incremental/ticket_metric_events.json?start_time=0&page[size]=5");

        page["end_of_stream"].ValueKind.ShouldBeOneOf(System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False);
        page["count"].GetInt32().ShouldBe(page.Items("ticket_metric_events").Count);
        page["end_time"].GetInt64().ShouldBeGreaterThan(0);
        var times = page.Items("ticket_metric_events").Select(e => DateTimeOffset.Parse(e.Text("time")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        times.ShouldBe(times.Order().ToList());
        cursor.Items("ticket_metric_events").Count.ShouldBe(5);
        cursor["meta"].GetProperty("has_more").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/v2/incremental/tickets.json")]
    [InlineData("/api/v2/incremental/tickets/cursor.json")]
    [InlineData("/api/v2/incremental/users.json")]
    [InlineData("/api/v2/incremental/users/cursor.json")]
    [InlineData("/api/v2/incremental/organizations.json")]
    [InlineData("/api/v2/incremental/ticket_events.json")]
    [InlineData("/api/v2/incremental/ticket_metric_events.json")]
    [InlineData("/api/v2/incremental/tickets/sample.json")]
    public async Task A_fractional_start_time_is_truncated_on_every_export(string path)
    {
        await using var account = await TestAccount.Start();
        var start = account.Host.Clock.NowSeconds - (400 * 86400L);

        var whole = await account.Get($"{path}?start_time={start}");
        var fractional = await account.Get($"{path}?start_time={start}.0");
        var truncated = await account.Get($"{path}?start_time={start}.75");

        whole.Status.ShouldBe(HttpStatusCode.OK);
        fractional.Status.ShouldBe(HttpStatusCode.OK);
        fractional.Body.Replace($"{start}.0", $"{start}", StringComparison.Ordinal).ShouldBe(whole.Body);
        truncated.Body.Replace($"{start}.75", $"{start}", StringComparison.Ordinal).ShouldBe(whole.Body);
    }

    [Fact]
    public async Task An_iso_time_starts_the_organization_export_at_the_instant_it_names()
    {
        await using var account = await TestAccount.Start();
        var all = await account.Get("/api/v2/incremental/organizations.json?start_time=0");
        var middle = all.Items("organizations")[all.Items("organizations").Count / 2];
        var iso = middle.Text("updated_at")!;
        var epoch = DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();

        var byIso = await account.Get($"/api/v2/incremental/organizations.json?start_time={Uri.EscapeDataString(iso)}");
        var byEpoch = await account.Get($"/api/v2/incremental/organizations.json?start_time={epoch}");

        byIso.Status.ShouldBe(HttpStatusCode.OK);
        byIso.Items("organizations").Select(o => o.Long("id")).ShouldBe(byEpoch.Items("organizations").Select(o => o.Long("id")));
        byIso.Items("organizations").Select(o => o.Long("id")).ShouldContain(middle.Long("id"));
        byIso["end_time"].GetInt64().ShouldBe(byEpoch["end_time"].GetInt64());
        (await account.Get($"/api/v2/incremental/tickets.json?start_time={Uri.EscapeDataString(iso)}")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(0)]
    [InlineData(-3600)]
    public async Task A_recent_start_time_gives_ticket_metric_events_an_empty_last_page(int secondsAgo)
    {
        await using var account = await TestAccount.Start();
        var start = account.Host.Clock.NowSeconds - secondsAgo;

        var page = await account.Get($"/api/v2/incremental/ticket_metric_events.json?start_time={start}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Items("ticket_metric_events").ShouldBeEmpty();
        page["count"].GetInt32().ShouldBe(0);
        page["end_of_stream"].GetBoolean().ShouldBeTrue();
        page["end_time"].GetInt64().ShouldBe(start);
    }

    [Theory]
    [InlineData("/api/v2/incremental/tickets.json?start_time=0&per_page=100", "tickets")]
    [InlineData("/api/v2/incremental/users.json?start_time=0&per_page=100", "users")]
    [InlineData("/api/v2/incremental/organizations.json?start_time=0&per_page=10", "organizations")]
    [InlineData("/api/v2/incremental/ticket_events.json?start_time=0", "ticket_events")]
    [InlineData("/api/v2/incremental/ticket_metric_events.json?start_time=0", "ticket_metric_events")]
    public async Task A_client_following_next_page_until_it_is_null_finishes_every_time_based_export(string firstPage, string key)
    {
        await using var account = await TestAccount.Start();
        var pages = new List<Reply> { await account.Get(firstPage) };

        while (pages[^1].Json.GetProperty("next_page").GetString() is { } next)
        {
            (pages.Count < 200).ShouldBeTrue($"{key}: next_page never became null");
            pages.Add(await account.Follow(next));
        }

        pages[^1]["end_of_stream"].GetBoolean().ShouldBeTrue();
        pages.Count(p => p["end_of_stream"].GetBoolean()).ShouldBeLessThanOrEqualTo(2);
        Exports.Ids(pages, key).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("/api/v2/incremental/users.json?start_time=0&per_page=40&include=identities")]
    [InlineData("/api/v2/incremental/users/cursor.json?start_time=0&per_page=40&include=identities")]
    public async Task User_exports_side_load_the_identities_of_the_exported_users(string request)
    {
        await using var account = await TestAccount.Start();

        var page = await account.Get(request);
        var plain = await account.Get(request.Replace("&include=identities", string.Empty, StringComparison.Ordinal));

        var users = page.Items("users").Select(u => u.Long("id")).ToList();
        var identities = page.Items("identities");
        plain.Json.TryGetProperty("identities", out _).ShouldBeFalse();
        users.ShouldBe(plain.Items("users").Select(u => u.Long("id")));
        identities.Select(i => i.Long("user_id")).Distinct().ShouldBe(users);
        identities.Select(i => i.Long("id")).ShouldBeUnique();
        foreach (var user in users)
        {
            var own = await account.Get($"/api/v2/users/{user}/identities.json");
            identities.Where(i => i.Long("user_id") == user).Select(i => i.GetRawText()).ShouldBe(own.Items("identities").Select(i => i.GetRawText()));
        }
    }

    [Fact]
    public async Task Identities_side_loaded_by_the_user_export_follow_the_users_across_pages()
    {
        await using var account = await TestAccount.Start();

        var pages = await Exports.WalkCursor(account, "/api/v2/incremental/users/cursor.json?start_time=0&per_page=17&include=identities");

        var owners = pages.SelectMany(p => p.Items("identities")).Select(i => i.Long("user_id")).Distinct().Order().ToList();
        owners.ShouldBe(Exports.Ids(pages, "users").Order());
        pages.ShouldAllBe(p => p.Items("identities").Select(i => i.GetProperty("user_id").GetInt64()).All(u => p.Items("users").Any(x => x.GetProperty("id").GetInt64() == u)));
    }

    [Theory]
    [InlineData("tickets")]
    [InlineData("ticket_events")]
    [InlineData("users")]
    [InlineData("organizations")]
    public async Task A_sample_page_holds_at_most_50_records_in_the_time_based_format(string resource)
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Tickets = 1000, Organizations = 60 });

        var page = await account.Get($"/api/v2/incremental/{resource}/sample.json?start_time=0&per_page=1000");

        page.Items(resource).Count.ShouldBe(50);
        page["count"].GetInt32().ShouldBe(50);
        page["end_of_stream"].GetBoolean().ShouldBeFalse();
        page["next_page"].GetString()!.ShouldContain($"/api/v2/incremental/{resource}/sample.json?start_time={page["end_time"].GetInt64()}");
    }

    [Fact]
    public async Task A_sample_page_stays_within_50_records_when_more_share_one_second()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { SameSecondTickets = 80 });
        var shared = account.Host.Options.ClockStart.ToUnixTimeSeconds() - 3600;

        var page = await account.Get($"/api/v2/incremental/tickets/sample.json?start_time={shared}");

        page.Items("tickets").Count.ShouldBe(50);
        page["end_time"].GetInt64().ShouldBe(shared);
    }
}
