using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>The skill-based routing export of instance values: Zendesk's cursor paging, its end signal and its listing order.</summary>
public sealed class RoutingEndpointsTests
{
    private const string Export = "/api/v2/incremental/routing/instance_values.json";

    [Fact]
    public async Task The_export_pages_3000_events_at_a_time_by_the_cursor_of_next_page_and_ends_on_an_empty_page()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Users = 2100, Agents = 2000, Tickets = 50 });
        var expected = account.Host.Account.RoutingSkills.Events(account.Host.Account.ExportFloor);
        expected.Count.ShouldBeGreaterThan(3000);

        var seen = new List<string>();
        var reply = await account.Get(Export);
        var pages = 0;
        while (reply["count"].GetInt32() > 0)
        {
            pages++;
            reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
            reply.Items("instance_values").Count.ShouldBe(reply["count"].GetInt32());
            reply["count"].GetInt32().ShouldBeLessThanOrEqualTo(3000);
            seen.AddRange(reply.Items("instance_values").Select(Key));
            reply["next_page"].GetString()!.ShouldContain("cursor=");
            reply = await account.Follow(reply["next_page"].GetString()!);
        }

        pages.ShouldBe((expected.Count + 2999) / 3000);
        seen.ShouldBe(expected.Select(e => $"{e.Assignment.Id}|{e.Type}"));
        var again = await account.Follow(reply["next_page"].GetString()!);
        again["count"].GetInt32().ShouldBe(0, "past the end the export stays empty and keeps its cursor");
        again["next_page"].GetString().ShouldBe(reply["next_page"].GetString());
    }

    [Fact]
    public async Task A_removed_skills_association_is_listed_beside_its_removal_at_the_removals_time()
    {
        await using var account = await TestAccount.Start();

        var items = (await account.Get(Export)).Items("instance_values");

        var removals = Enumerable.Range(0, items.Count).Where(i => items[i].GetProperty("type").GetString()!.StartsWith("unassociate_", StringComparison.Ordinal)).ToList();
        removals.ShouldNotBeEmpty();
        foreach (var i in removals)
        {
            items[i - 1].GetProperty("type").GetString().ShouldBe(items[i].GetProperty("type").GetString()![2..]);
            items[i - 1].GetProperty("id").GetString().ShouldBe(items[i].GetProperty("id").GetString());
            items[i - 1].GetProperty("time").GetDateTimeOffset().ShouldBeLessThan(items[i].GetProperty("time").GetDateTimeOffset());
        }

        items.Count(i => i.GetProperty("type").GetString()!.StartsWith("associate_", StringComparison.Ordinal)).ShouldBeGreaterThan(removals.Count);
        items.Select(i => i.GetProperty("type").GetString()).Distinct().Order().ShouldBe(["associate_agent", "associate_ticket", "unassociate_agent", "unassociate_ticket"]);
        items.ShouldAllBe(i => long.Parse(i.GetProperty("instance_id").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Skills_given_and_taken_away_after_the_start_appear_as_the_clock_moves()
    {
        await using var account = await TestAccount.Start();
        var first = await account.Get(Export);
        var end = await account.Follow(first["next_page"].GetString()!);
        end["count"].GetInt32().ShouldBe(0);

        account.Host.Clock.Advance(TimeSpan.FromDays(3));
        var later = await account.Follow(end["next_page"].GetString()!);

        later["count"].GetInt32().ShouldBeGreaterThan(0);
        later.Items("instance_values").Select(i => i.GetProperty("time").GetDateTimeOffset())
            .ShouldContain(t => t > DateTimeOffset.FromUnixTimeSeconds(first["end_time"].GetInt64()));
    }

    [Fact]
    public async Task A_cursor_the_export_did_not_give_is_refused()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get(Export + "?cursor=nonsense");

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static string Key(JsonElement item) => $"{item.GetProperty("id").GetString()}|{item.GetProperty("type").GetString()}";
}
