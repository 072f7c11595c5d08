using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>The phone and time_zone a user upsert sends, kept and shown on every read.</summary>
public sealed class WriteEndpointsPhoneTimeZoneTests
{
    private const string Upsert = "/api/v2/users/create_or_update";

    private static async Task<JsonElement> Create(TestAccount account, string extra) =>
        (await account.Post(Upsert, $$$"""{"user":{"name":"Ann","email":"ann@new.example",{{{extra}}}}}"""))["user"];

    [Fact]
    public async Task A_new_user_keeps_the_phone_and_zendesk_time_zone_sent()
    {
        await using var account = await TestAccount.Start();

        var created = await Create(account, "\"phone\":\"+33 1 23 45 67 89\",\"time_zone\":\"Paris\"");

        created.Text("phone").ShouldBe("+33 1 23 45 67 89");
        created.Text("time_zone").ShouldBe("Paris");
        created.Text("iana_time_zone").ShouldBe("Europe/Paris");
    }

    [Fact]
    public async Task An_iana_time_zone_is_shown_under_its_zendesk_name()
    {
        await using var account = await TestAccount.Start();

        var newYork = await Create(account, "\"time_zone\":\"America/New_York\"");
        var london = (await account.Post(Upsert, """{"user":{"name":"Bob","email":"bob@new.example","time_zone":"Europe/London"}}"""))["user"];

        newYork.Text("time_zone").ShouldBe("Eastern Time (US & Canada)");
        newYork.Text("iana_time_zone").ShouldBe("America/New_York");
        london.Text("time_zone").ShouldBe("London");
        london.Text("iana_time_zone").ShouldBe("Europe/London");
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_with_422_and_nothing_is_written()
    {
        await using var account = await TestAccount.Start();
        var users = account.Host.Account.UserCount;

        var reply = await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example","time_zone":"Mars/Olympus_Mons"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply.Body.ShouldBe("""{"error":"RecordInvalid","description":"Record validation errors","details":{"time_zone":[{"description":"Time zone: Mars/Olympus_Mons is not included in the list","error":"InvalidValue"}]}}""");
        account.Host.Account.UserCount.ShouldBe(users);
    }

    [Fact]
    public async Task An_update_replaces_a_generated_users_phone_and_time_zone()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Writes.Users(account)).First(u => u.Text("role") == "end-user" && u.Text("time_zone") != "Tokyo");

        var reply = await account.Post(Upsert, $$$"""{"user":{"email":"{{{existing.Text("email")}}}","phone":"+81 3 1234 5678","time_zone":"Asia/Tokyo"}}""");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        var shown = (await account.Get($"/api/v2/users/{existing.Long("id")}"))["user"];
        shown.Text("phone").ShouldBe("+81 3 1234 5678");
        shown.Text("time_zone").ShouldBe("Tokyo");
        shown.Text("iana_time_zone").ShouldBe("Asia/Tokyo");
    }

    [Fact]
    public async Task An_update_without_them_keeps_the_phone_and_time_zone_written_before()
    {
        await using var account = await TestAccount.Start();
        await Create(account, "\"phone\":\"+15550100\",\"time_zone\":\"Berlin\"");

        var updated = (await account.Post(Upsert, """{"user":{"email":"ann@new.example","notes":"later"}}"""))["user"];

        updated.Text("phone").ShouldBe("+15550100");
        updated.Text("time_zone").ShouldBe("Berlin");
    }

    [Fact]
    public async Task A_phone_sent_as_null_clears_it()
    {
        await using var account = await TestAccount.Start();
        await Create(account, "\"phone\":\"+15550100\"");

        var updated = (await account.Post(Upsert, """{"user":{"email":"ann@new.example","phone":null}}"""))["user"];

        updated.GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Users_nobody_wrote_keep_their_generated_phone_and_time_zone()
    {
        await using var account = await TestAccount.Start();
        var before = await Writes.Users(account);

        await Create(account, "\"phone\":\"+15550100\",\"time_zone\":\"Paris\"");

        var after = await Writes.Users(account);
        after.Take(before.Count).Select(u => u.GetRawText()).ShouldBe(before.Select(u => u.GetRawText()));
    }

    [Fact]
    public async Task The_written_values_show_in_lists_show_many_search_and_the_export()
    {
        await using var account = await TestAccount.Start();
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;
        var id = (await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example","external_id":"ann-1","phone":"+15550100","time_zone":"Europe/Paris"}}"""))["user"].Long("id");

        JsonElement[] seen =
        [
            (await Writes.Users(account)).Single(u => u.Long("id") == id),
            (await account.Get($"/api/v2/users/show_many?ids={id}")).Items("users").ShouldHaveSingleItem(),
            (await account.Get("/api/v2/users/search?query=email:ann@new.example")).Items("users").ShouldHaveSingleItem(),
            (await account.Get("/api/v2/users/search?external_id=ann-1")).Items("users").ShouldHaveSingleItem(),
            (await Writes.ExportedUsersSince(account, now)).ShouldHaveSingleItem(),
        ];

        seen.ShouldAllBe(u => u.Text("phone") == "+15550100" && u.Text("time_zone") == "Paris" && u.Text("iana_time_zone") == "Europe/Paris");
    }

    [Fact]
    public async Task A_bulk_upsert_keeps_them_and_fails_an_unknown_time_zone_alone()
    {
        await using var account = await TestAccount.Start();
        var id = (await account.Post("/api/v2/users/create_or_update_many", """
            {"users":[
              {"name":"Ann","email":"ann@new.example","phone":"+15550100","time_zone":"Eastern Time (US & Canada)"},
              {"name":"Bob","email":"bob@new.example","time_zone":"Nowhere"}]}
            """))["job_status"].Text("id");

        var results = (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"].GetProperty("results").EnumerateArray().ToList();

        results[0].Text("status").ShouldBe("Created");
        var ann = (await account.Get($"/api/v2/users/{results[0].Long("id")}"))["user"];
        ann.Text("phone").ShouldBe("+15550100");
        ann.Text("iana_time_zone").ShouldBe("America/New_York");
        results[1].GetProperty("success").GetBoolean().ShouldBeFalse();
        results[1].Text("status").ShouldBe("Failed");
        results[1].Text("error").ShouldBe("InvalidValue");
        results[1].Text("details").ShouldBe("Time zone: Nowhere is not included in the list");
    }
}
