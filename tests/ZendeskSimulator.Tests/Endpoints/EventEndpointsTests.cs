using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>POST /api/v2/user_profiles/events, Sunshine's "track event against a profile".</summary>
public sealed class EventEndpointsTests
{
    private const string Events = "/api/v2/user_profiles/events";

    private static string Body(string identifierType, string identifierValue, string source = "shop") => $$$"""
        {"profile":{"source":"{{{source}}}","type":"customer","name":"Pat Buyer","identifiers":[{"type":"{{{identifierType}}}","value":"{{{identifierValue}}}"}]},
         "event":{"source":"shop","type":"order_placed","description":"An order","properties":{"order_id":"A-1","total":"12.50"} } }
        """;

    [Fact]
    public async Task A_tracked_event_answers_202_and_belongs_to_the_user_with_that_email()
    {
        await using var account = await TestAccount.Start();
        var user = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var reply = await account.Post(Events, Body("email", user.Text("email")!.ToUpperInvariant()));

        reply.Status.ShouldBe(HttpStatusCode.Accepted);
        var tracked = account.Host.Account.Sunshine.Events.ShouldHaveSingleItem();
        tracked.UserId.ShouldBe(user.Long("id"));
        tracked.Type.ShouldBe("order_placed");
        tracked.Properties.ShouldBe("""{"order_id":"A-1","total":"12.50"}""");
    }

    [Fact]
    public async Task A_tracked_event_answers_the_profile_the_status_and_the_user_id_as_a_string()
    {
        await using var account = await TestAccount.Start();
        var user = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var reply = await account.Post(Events, Body("email", user.Text("email")!));

        reply.Status.ShouldBe(HttpStatusCode.Accepted);
        reply.Json.Text("status").ShouldBe("received");
        reply.Json.Text("user_id").ShouldBe(user.Long("id").ToString(System.Globalization.CultureInfo.InvariantCulture));
        reply.Json.Text("profile_id")!.ShouldMatch("^[0-9A-HJKMNP-TV-Z]{26}$");
        reply.Json.Text("profile_id").ShouldBe(account.Host.Account.Sunshine.Events.ShouldHaveSingleItem().ProfileId);
    }

    [Fact]
    public async Task A_profile_that_matches_no_user_creates_an_end_user()
    {
        await using var account = await TestAccount.Start();
        var count = account.Host.Account.UserCount;

        await account.Post(Events, Body("email", "pat@shop.example"));

        account.Host.Account.UserCount.ShouldBe(count + 1);
        var created = (await Writes.Users(account)).Single(u => u.Text("email") == "pat@shop.example");
        created.Text("name").ShouldBe("Pat Buyer");
        created.Text("role").ShouldBe("end-user");
        account.Host.Account.Sunshine.Events.ShouldHaveSingleItem().UserId.ShouldBe(created.Long("id"));
    }

    [Fact]
    public async Task The_zendesk_source_is_reserved()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Events, Body("email", "pat@shop.example", source: "zendesk"));

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply["errors"][0].Text("detail").ShouldBe("profile.source \"zendesk\" is reserved.");
        account.Host.Account.Sunshine.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_source_longer_than_40_characters_is_refused()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Events, Body("email", "pat@shop.example", source: new string('s', 41)));

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_event_without_a_profile_is_refused()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Events, """{"event":{"source":"shop","type":"order_placed","properties":{}}}""");

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply["errors"][0].Text("detail").ShouldBe("profile is required.");
    }
}
