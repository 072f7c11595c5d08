using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// Reading Sunshine events back (GET /api/v2/user_profiles/events?identifier=, GET /api/v2/users/{id}/events)
/// and tracking against a known user (POST /api/v2/users/{id}/events), as Zendesk's Events API documents them.
/// </summary>
public sealed class EventEndpointsReadTests
{
    private const string Events = "/api/v2/user_profiles/events";

    private static string Body(string identifierType, string identifierValue, string type = "order_placed", string source = "shop", string? createdAt = null) => $$$"""
        {"profile":{"source":"shop","type":"customer","name":"Pat Buyer","identifiers":[{"type":"{{{identifierType}}}","value":"{{{identifierValue}}}"}]},
         "event":{"source":"{{{source}}}","type":"{{{type}}}","description":"An order",{{{(createdAt is null ? string.Empty : $"\"created_at\":\"{createdAt}\",")}}}"properties":{"order_id":"A-1","total":"12.50"} } }
        """;

    private static string Identifier(string type, string value) => Uri.EscapeDataString($"shop:customer:{type}:{value}");

    [Fact]
    public async Task An_event_tracked_for_a_new_profile_is_read_back_by_identifier_and_by_the_created_user()
    {
        await using var account = await TestAccount.Start();

        var tracked = await account.Post(Events, Body("email", "pat@shop.example"));
        var byIdentifier = await account.Get($"{Events}?identifier={Identifier("email", "PAT@shop.example")}");
        var userId = tracked.Json.Text("user_id");
        var byUser = await account.Get($"/api/v2/users/{userId}/events");

        byIdentifier.Status.ShouldBe(HttpStatusCode.OK, byIdentifier.Body);
        var ev = byIdentifier.Items("events").ShouldHaveSingleItem();
        ev.Text("type").ShouldBe("order_placed");
        ev.Text("source").ShouldBe("shop");
        ev.Text("description").ShouldBe("An order");
        ev.GetProperty("properties").GetRawText().ShouldBe("""{"order_id":"A-1","total":"12.50"}""");
        ev.Text("received_at").ShouldBe(account.Host.Clock.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture));
        ev.Text("created_at").ShouldBe(ev.Text("received_at"));
        byUser.Items("events").ShouldHaveSingleItem().Text("id").ShouldBe(ev.Text("id"));
        (await account.Get($"/api/v2/users/{userId}"))["user"].Text("email").ShouldBe("pat@shop.example");
    }

    [Fact]
    public async Task An_event_for_a_known_user_is_stored_against_that_user()
    {
        await using var account = await TestAccount.Start();
        var user = await Writes.EndUserWithExternalId(account);

        await account.Post(Events, Body("external_id", user.Text("external_id")!));

        var events = (await account.Get($"/api/v2/users/{user.Long("id")}/events")).Items("events");
        events.ShouldHaveSingleItem().Text("type").ShouldBe("order_placed");
    }

    [Fact]
    public async Task Tracking_against_a_user_id_stores_the_event_against_that_user()
    {
        await using var account = await TestAccount.Start();
        var user = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var reply = await account.Post($"/api/v2/users/{user.Long("id")}/events", Body("shop_id", "361959350832"));

        reply.Status.ShouldBe(HttpStatusCode.Accepted, reply.Body);
        reply.Json.Text("user_id").ShouldBe(user.Long("id").ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await account.Get($"/api/v2/users/{user.Long("id")}/events")).Items("events").ShouldHaveSingleItem();
        (await account.Get($"{Events}?identifier={Identifier("shop_id", "361959350832")}")).Items("events").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Tracking_against_an_unknown_user_answers_404()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post("/api/v2/users/42/events", Body("email", "pat@shop.example"));

        reply.Status.ShouldBe(HttpStatusCode.NotFound);
        reply["errors"][0].Text("code").ShouldBe("NotFound");
        account.Host.Account.Sunshine.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_zendesk_source_is_reserved_when_tracking_against_a_user_too()
    {
        await using var account = await TestAccount.Start();
        var user = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var reply = await account.Post($"/api/v2/users/{user.Long("id")}/events", Body("email", "pat@shop.example", source: "zendesk"));

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply["errors"][0].Text("detail").ShouldBe("event.source \"zendesk\" is reserved.");
    }

    [Fact]
    public async Task An_identifier_sent_later_joins_the_profile_and_finds_its_events()
    {
        await using var account = await TestAccount.Start();
        await account.Post(Events, Body("email", "pat@shop.example"));
        await account.Post(Events, """
            {"profile":{"source":"shop","type":"customer","identifiers":[{"type":"email","value":"pat@shop.example"},{"type":"shop_id","value":"S-9"}]},
             "event":{"source":"shop","type":"visit","properties":{}}}
            """);

        var byNewIdentifier = await account.Get($"{Events}?identifier={Identifier("shop_id", "S-9")}");

        byNewIdentifier.Items("events").Select(e => e.Text("type")).ShouldBe(["order_placed", "visit"]);
        account.Host.Account.Sunshine.Profiles.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Events_come_in_cursor_pages_of_page_size()
    {
        await using var account = await TestAccount.Start();
        foreach (var type in new[] { "a", "b", "c" })
        {
            await account.Post(Events, Body("email", "pat@shop.example", type));
        }

        var first = await account.Get($"{Events}?identifier={Identifier("email", "pat@shop.example")}&page[size]=2");
        var second = await account.Follow(first["links"][0].Text("next")!);

        first.Items("events").Select(e => e.Text("type")).ShouldBe(["a", "b"]);
        first["meta"].GetProperty("has_more").GetBoolean().ShouldBeTrue();
        first["links"][0].Text("next")!.ShouldContain($"page[after]={first["meta"].Text("after_cursor")}");
        second.Items("events").Select(e => e.Text("type")).ShouldBe(["c"]);
        second["meta"].GetProperty("has_more").GetBoolean().ShouldBeFalse();
        second["links"].GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Filters_pick_events_by_source_type_and_created_at()
    {
        await using var account = await TestAccount.Start();
        await account.Post(Events, Body("email", "pat@shop.example", "checkout", createdAt: "2020-01-31T00:44:07Z"));
        await account.Post(Events, Body("email", "pat@shop.example", "visit", createdAt: "2020-02-10T10:00:00+02:00"));
        await account.Post(Events, Body("email", "pat@shop.example", "visit", source: "web", createdAt: "2020-03-01T00:00:00Z"));
        var list = $"{Events}?identifier={Identifier("email", "pat@shop.example")}";

        var bySource = await account.Get($"{list}&filter[source]=shop");
        var byType = await account.Get($"{list}&filter[source]=shop&filter[type]=visit");
        var byTime = await account.Get($"{list}&filter[start_time]=2020-02-01&filter[end_time]=2020-02-29");
        var typeAlone = await account.Get($"{list}&filter[type]=visit");
        var badTime = await account.Get($"{list}&filter[start_time]=yesterday");

        bySource.Items("events").Count.ShouldBe(2);
        byType.Items("events").ShouldHaveSingleItem().Text("created_at").ShouldBe("2020-02-10T08:00:00+00:00");
        byTime.Items("events").ShouldHaveSingleItem().Text("type").ShouldBe("visit");
        typeAlone.Status.ShouldBe(HttpStatusCode.BadRequest);
        badTime.Status.ShouldBe(HttpStatusCode.BadRequest);
        badTime["errors"][0].Text("code").ShouldBe("StartTimestampNotValid");
    }

    [Fact]
    public async Task An_identifier_query_without_four_parts_is_refused_and_an_unknown_profile_is_not_found()
    {
        await using var account = await TestAccount.Start();
        await account.Post(Events, Body("email", "pat@shop.example"));

        var malformed = await account.Get($"{Events}?identifier=shop:customer:email");
        var unknown = await account.Get($"{Events}?identifier={Identifier("email", "nobody@shop.example")}");
        var otherType = await account.Get($"{Events}?identifier={Uri.EscapeDataString("shop:lead:email:pat@shop.example")}");

        malformed.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        unknown["errors"][0].Text("code").ShouldBe("NotFound");
        otherType.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_user_without_events_has_an_empty_list_and_an_unknown_user_is_not_found()
    {
        await using var account = await TestAccount.Start();

        var empty = await account.Get($"/api/v2/users/{Zendesk.Simulator.Data.Ids.UserId(1)}/events");
        var unknown = await account.Get("/api/v2/users/42/events");

        empty.Status.ShouldBe(HttpStatusCode.OK);
        empty.Items("events").ShouldBeEmpty();
        empty["meta"].GetProperty("after_cursor").ValueKind.ShouldBe(JsonValueKind.Null);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
