using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>What Sunshine events refuse: texts too long, and an account without profiles activated.</summary>
public sealed class EventEndpointsLimitsTests
{
    private const string Events = "/api/v2/user_profiles/events";

    private static string Body(string identifierType = "external_id", string identifierValue = "pat-1", string profileType = "customer", string eventType = "order_placed") => $$$"""
        {"profile":{"source":"shop","type":"{{{profileType}}}","identifiers":[{"type":"{{{identifierType}}}","value":"{{{identifierValue}}}"}]},
         "event":{"source":"shop","type":"{{{eventType}}}","properties":{"order_id":"A-1"} } }
        """;

    [Fact]
    public async Task An_identifier_value_of_60_characters_is_taken_and_one_of_61_is_refused_with_400()
    {
        await using var account = await TestAccount.Start();

        var atLimit = await account.Post(Events, Body(identifierValue: new string('a', 60)));
        var overLimit = await account.Post(Events, Body(identifierValue: new string('b', 61)));

        atLimit.Status.ShouldBe(HttpStatusCode.Accepted);
        overLimit.Status.ShouldBe(HttpStatusCode.BadRequest);
        overLimit.Body.ShouldBe("""{"errors":[{"code":"InvalidParameter","title":"Invalid parameter","detail":"identifier.value must be at most 60 characters."}]}""");
        account.Host.Account.Sunshine.Events.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("identifier.type")]
    [InlineData("profile.type")]
    [InlineData("event.type")]
    public async Task A_type_longer_than_40_characters_is_refused_with_400(string which)
    {
        await using var account = await TestAccount.Start();
        var tooLong = new string('t', 41);
        var body = which switch
        {
            "identifier.type" => Body(identifierType: tooLong),
            "profile.type" => Body(profileType: tooLong),
            _ => Body(eventType: tooLong),
        };

        var reply = await account.Post(Events, body);

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply["errors"][0].Text("detail").ShouldBe($"{which} must be at most 40 characters.");
    }

    [Fact]
    public async Task Without_profiles_activated_tracking_and_reading_answer_403_with_the_plan_restriction_body()
    {
        await using var account = await TestAccount.Start();
        var settings = await account.Send(new HttpRequestMessage(HttpMethod.Put, "/__admin/settings") { Content = new StringContent("""{"profiles":false}""") }, string.Empty);

        var tracked = await account.Post(Events, Body());
        var read = await account.Get("/api/v2/user_profiles/events?identifier=shop:customer:external_id:pat-1");

        settings.Json.GetProperty("profiles").GetBoolean().ShouldBeFalse();
        tracked.Status.ShouldBe(HttpStatusCode.Forbidden);
        tracked.Body.ShouldBe("""{"error":{"title":"Forbidden","message":"Access to this resource is restricted. Please contact the account administrator for assistance."}}""");
        read.Status.ShouldBe(HttpStatusCode.Forbidden);
        account.Host.Account.Sunshine.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_event_for_an_external_id_nobody_has_creates_an_end_user_with_that_external_id()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Events, Body(identifierValue: "pat-new-1"));

        var user = (await account.Get($"/api/v2/users/{reply.Json.Text("user_id")}"))["user"];
        user.Text("role").ShouldBe("end-user");
        user.Text("external_id").ShouldBe("pat-new-1");
        (await account.Get($"/api/v2/users/{user.Long("id")}/events")).Items("events").ShouldHaveSingleItem().Text("type").ShouldBe("order_placed");
    }
}
