using System.Globalization;
using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

public sealed class SearchEndpointsTests
{
    [Fact]
    public async Task A_type_search_finds_only_that_type_and_marks_each_result_with_it()
    {
        await using var account = await TestAccount.Start();
        var data = account.Host.Account;

        var tickets = await account.Get("/api/v2/search.json?query=type:ticket");
        var users = await account.Get("/api/v2/search.json?query=type%3Auser&per_page=5");
        var organizations = await account.Get("/api/v2/search?query=type:organization");

        tickets.Status.ShouldBe(HttpStatusCode.OK);
        tickets.Items("results").ShouldAllBe(r => r.GetProperty("result_type").GetString() == "ticket");
        tickets["count"].GetInt32().ShouldBe(Enumerable.Range(0, data.TicketCount).Count(t => !data.Tickets.Store.IsDeleted(t)));
        tickets.Items("results")[0].Text("url")!.ShouldStartWith(account.Host.BaseUrl + "/api/v2/tickets/");
        users.Items("results").Count.ShouldBe(5);
        users.Items("results").ShouldAllBe(r => r.GetProperty("result_type").GetString() == "user");
        users["count"].GetInt32().ShouldBe(Enumerable.Range(0, data.UserCount).Count(data.Users.Store.IsActive));
        users["next_page"].GetString()!.ShouldContain("page=2");
        users["previous_page"].ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        organizations.Items("results").ShouldAllBe(r => r.GetProperty("result_type").GetString() == "organization");
        organizations["count"].GetInt32().ShouldBe(data.OrganizationCount);
    }

    [Fact]
    public async Task Updated_bounds_narrow_the_search_by_date_or_time()
    {
        await using var account = await TestAccount.Start();
        var data = account.Host.Account;
        var active = Enumerable.Range(0, data.UserCount).Where(data.Users.Store.IsActive).ToList();
        var middle = active.Select(u => data.Users.Store.Updated[u]).Order().ElementAt(active.Count / 2);
        var day = DateTimeOffset.FromUnixTimeSeconds(middle).UtcDateTime.Date;
        var nextDay = new DateTimeOffset(day.AddDays(1), TimeSpan.Zero).ToUnixTimeSeconds();
        var time = DateTimeOffset.FromUnixTimeSeconds(middle).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        var afterDay = await account.Get($"/api/v2/search.json?query={Uri.EscapeDataString($"type:user updated>{day:yyyy-MM-dd}")}");
        var beforeTime = await account.Get($"/api/v2/search.json?query={Uri.EscapeDataString($"type:user updated<{time}")}");

        afterDay["count"].GetInt32().ShouldBe(active.Count(u => data.Users.Store.Updated[u] >= nextDay));
        beforeTime["count"].GetInt32().ShouldBe(active.Count(u => data.Users.Store.Updated[u] < middle));
        afterDay["count"].GetInt32().ShouldBeGreaterThan(0);
        beforeTime["count"].GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Pages_stop_at_the_thousandth_result_and_a_page_past_it_is_422()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Tickets = 1200 });
        var ids = new List<long>();
        var reply = await account.Get("/api/v2/search.json?query=type:ticket&per_page=100");
        ids.AddRange(reply.Items("results").Select(r => r.Long("id")));
        while (reply["next_page"].GetString() is { } next)
        {
            reply = await account.Follow(next);
            ids.AddRange(reply.Items("results").Select(r => r.Long("id")));
        }

        var past = await account.Get("/api/v2/search.json?query=type:ticket&per_page=100&page=11");

        ids.Count.ShouldBe(1000);
        ids.ShouldBeUnique();
        reply["count"].GetInt32().ShouldBeGreaterThan(1000);
        reply["previous_page"].GetString()!.ShouldContain("page=9");
        past.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        past.Body.ShouldBe("""{"error":"invalid","description":"Invalid search: Requested response size was greater than Search Response Limits"}""");
    }
}
