using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>GET /__admin/sunshine: every profile and event, for comparing the account after a run.</summary>
public sealed class AdminEndpointsSunshineTests
{
    [Fact]
    public async Task The_admin_api_lists_every_profile_and_event_with_what_it_was_stored_against()
    {
        await using var account = await TestAccount.Start();
        var tracked = await account.Post("/api/v2/user_profiles/events", """
            {"profile":{"source":"shop","type":"customer","identifiers":[{"type":"external_id","value":"pat-9"}]},
             "event":{"source":"shop","type":"order_placed","properties":{"order_id":"A-1"} } }
            """);

        var reply = await account.Send(new HttpRequestMessage(HttpMethod.Get, "/__admin/sunshine"), string.Empty);

        reply.Status.ShouldBe(HttpStatusCode.OK);
        var profile = reply.Items("profiles").ShouldHaveSingleItem();
        profile.Text("id").ShouldBe(tracked.Json.Text("profile_id"));
        profile.Text("user_id").ShouldBe(tracked.Json.Text("user_id"));
        profile.GetProperty("identifiers")[0].Text("value").ShouldBe("pat-9");
        var stored = reply.Items("events").ShouldHaveSingleItem();
        stored.Text("type").ShouldBe("order_placed");
        stored.GetProperty("properties").Text("order_id").ShouldBe("A-1");
        stored.Text("user_id").ShouldBe(tracked.Json.Text("user_id"));
        stored.Text("profile_source").ShouldBe("shop");
        stored.GetProperty("identifiers")[0].Text("type").ShouldBe("external_id");
    }
}
