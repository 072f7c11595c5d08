using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>POST /api/v2/users/create_or_update.</summary>
public sealed class WriteEndpointsTests
{
    private const string Upsert = "/api/v2/users/create_or_update";

    [Fact]
    public async Task An_unknown_user_is_created_with_201_and_returned_with_its_id_and_url()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user":{"name":"Ann Example","email":"ann@new.example"}}""");

        reply.Status.ShouldBe(HttpStatusCode.Created);
        var user = reply["user"];
        user.Text("name").ShouldBe("Ann Example");
        user.Text("email").ShouldBe("ann@new.example");
        user.Text("url").ShouldBe($"{account.Host.BaseUrl}/api/v2/users/{user.Long("id")}.json");
        (await account.Get($"/api/v2/users/{user.Long("id")}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_user_sent_without_a_role_is_an_end_user()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user":{"name":"Ann Example","email":"ann@new.example"}}""");

        reply["user"].Text("role").ShouldBe("end-user");
    }

    [Fact]
    public async Task A_user_whose_email_exists_is_updated_with_200()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var reply = await account.Post(Upsert, $$$"""{"user":{"name":"Renamed User","email":"{{{existing.Text("email")}}}"}}""");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply["user"].Long("id").ShouldBe(existing.Long("id"));
        reply["user"].Text("name").ShouldBe("Renamed User");
        (await account.Get($"/api/v2/users/{existing.Long("id")}"))["user"].Text("name").ShouldBe("Renamed User");
    }

    [Fact]
    public async Task The_email_matches_whatever_its_case()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var reply = await account.Post(Upsert, $$$"""{"user":{"name":"Renamed User","email":"{{{existing.Text("email")!.ToUpperInvariant()}}}"}}""");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply["user"].Long("id").ShouldBe(existing.Long("id"));
    }

    [Fact]
    public async Task The_external_id_matches_whatever_its_case_and_takes_the_casing_sent()
    {
        await using var account = await TestAccount.Start();
        var existing = await Writes.EndUserWithExternalId(account);
        var sent = existing.Text("external_id")!.ToUpperInvariant();

        var reply = await account.Post(Upsert, $$$"""{"user":{"name":"Renamed User","external_id":"{{{sent}}}"}}""");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply["user"].Long("id").ShouldBe(existing.Long("id"));
        reply["user"].Text("external_id").ShouldBe(sent);
        reply["user"].Text("email").ShouldBe(existing.Text("email"));
    }

    [Fact]
    public async Task An_external_id_written_earlier_matches_the_next_upsert()
    {
        await using var account = await TestAccount.Start();
        var created = await account.Post(Upsert, """{"user":{"name":"Ann Example","external_id":"Ext-42"}}""");

        var again = await account.Post(Upsert, """{"user":{"name":"Ann Renamed","external_id":"ext-42"}}""");

        again.Status.ShouldBe(HttpStatusCode.OK);
        again["user"].Long("id").ShouldBe(created["user"].Long("id"));
    }

    [Fact]
    public async Task A_new_email_for_a_user_found_by_external_id_becomes_a_secondary_identity()
    {
        await using var account = await TestAccount.Start();
        var existing = await Writes.EndUserWithExternalId(account);
        var id = existing.Long("id");

        var reply = await account.Post(Upsert, $$$"""{"user":{"external_id":"{{{existing.Text("external_id")}}}","email":"second@new.example"}}""");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply["user"].Text("email").ShouldBe(existing.Text("email"));
        var identities = (await account.Get($"/api/v2/users/{id}/identities")).Items("identities");
        identities.Select(i => i.Text("value")).ShouldContain("second@new.example");
        identities.Single(i => i.Text("value") == "second@new.example").GetProperty("primary").GetBoolean().ShouldBeFalse();
        (await account.Post(Upsert, """{"user":{"email":"second@new.example","notes":"found"}}"""))["user"].Long("id").ShouldBe(id);
    }

    [Fact]
    public async Task An_email_that_belongs_to_another_user_is_refused_with_422()
    {
        await using var account = await TestAccount.Start();
        var users = (await Writes.Users(account)).Where(u => u.Text("role") == "end-user").ToList();
        var withExternal = users.First(u => u.GetProperty("external_id").ValueKind == JsonValueKind.String);
        var other = users.First(u => u.Long("id") != withExternal.Long("id"));

        var reply = await account.Post(Upsert, $$$"""{"user":{"external_id":"{{{withExternal.Text("external_id")}}}","email":"{{{other.Text("email")}}}"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var detail = reply["details"].GetProperty("email")[0];
        detail.Text("error").ShouldBe("DuplicateValue");
        detail.Text("description").ShouldBe($"Email: {other.Text("email")} is already being used by another user");
    }

    [Fact]
    public async Task Sent_user_fields_change_and_the_others_keep_their_values()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");
        var fields = existing.GetProperty("user_fields");
        var key = fields.EnumerateObject().First().Name;

        var reply = await account.Post(Upsert, $$$"""{"user":{"email":"{{{existing.Text("email")}}}","user_fields":{"{{{key}}}":"changed"} } }""");

        var after = reply["user"].GetProperty("user_fields");
        after.Text(key).ShouldBe("changed");
        foreach (var other in fields.EnumerateObject().Where(p => p.Name != key))
        {
            after.GetProperty(other.Name).GetRawText().ShouldBe(other.Value.GetRawText());
        }
    }

    [Fact]
    public async Task A_new_user_without_a_name_is_refused_with_422_record_invalid()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user":{"email":"nameless@new.example"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply.Json.Text("error").ShouldBe("RecordInvalid");
        reply.Json.Text("description").ShouldBe("Record validation errors");
        reply["details"].GetProperty("name")[0].Text("error").ShouldBe("ValueTooShort");
    }

    [Fact]
    public async Task A_malformed_email_is_refused_with_the_documented_422_body()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user":{"name":"Ann","email":"x"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply.Body.ShouldBe("""{"error":"RecordInvalid","description":"Record validation errors","details":{"email":[{"description":"Email: x is invalid","error":"InvalidValue"}]}}""");
    }

    [Fact]
    public async Task A_new_user_with_neither_email_nor_external_id_is_refused_with_422()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user":{"name":"Ann"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply["details"].GetProperty("email")[0].Text("error").ShouldBe("BlankValue");
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_400()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user": {"name": """);

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply.Json.Text("error").ShouldBe("InvalidValue");
    }

    [Fact]
    public async Task A_body_without_the_user_object_answers_400()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"name":"Ann","email":"ann@new.example"}""");

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_json_suffix_is_optional_on_writes()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert + ".json", """{"user":{"name":"Ann","email":"ann@new.example"}}""");

        reply.Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Writes_without_credentials_answer_401()
    {
        await using var account = await TestAccount.Start();
        var request = new HttpRequestMessage(HttpMethod.Post, Upsert) { Content = new StringContent("""{"user":{"name":"Ann","email":"ann@new.example"}}""") };

        var reply = await account.Send(request, authorization: string.Empty);

        reply.Status.ShouldBe(HttpStatusCode.Unauthorized);
        account.Host.Account.UserCount.ShouldBe(account.Host.Account.Users.Store.Generated);
    }

    [Fact]
    public async Task An_oauth_token_without_the_write_scope_is_refused_with_403()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { OAuthScopes = "read" });
        var request = new HttpRequestMessage(HttpMethod.Post, Upsert) { Content = new StringContent("""{"user":{"name":"Ann","email":"ann@new.example"}}""") };

        var reply = await account.Send(request, account.Host.Credentials.BearerHeader);

        reply.Status.ShouldBe(HttpStatusCode.Forbidden);
        reply.Body.ShouldBe("""{"error":"Forbidden","description":"Missing the following required scopes: write"}""");
    }

    [Fact]
    public async Task Writes_count_against_the_account_rate_limit()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var account = await TestAccount.Start(TestAccount.Small with { RateLimits = true, LimiterTime = time, RequestsPerMinute = 2 });
        await account.Get("/api/v2/users/me");

        var accepted = await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example"}}""");
        var limited = await account.Post(Upsert, """{"user":{"name":"Bob","email":"bob@new.example"}}""");

        accepted.Status.ShouldBe(HttpStatusCode.Created);
        accepted.Header("X-Rate-Limit-Remaining").ShouldBe("0");
        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_created_user_is_exported_with_updated_at_from_the_simulated_clock()
    {
        await using var account = await TestAccount.Start();
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;

        var id = (await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example"}}"""))["user"].Long("id");

        var exported = (await Writes.ExportedUsersSince(account, now)).ShouldHaveSingleItem();
        exported.Long("id").ShouldBe(id);
        exported.Epoch("updated_at").ShouldBe(now);
        exported.Epoch("created_at").ShouldBe(now);
    }

    [Fact]
    public async Task An_updated_user_is_exported_again_and_listed_with_a_new_updated_at()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;

        await account.Post(Upsert, $$$"""{"user":{"email":"{{{existing.Text("email")}}}","notes":"changed"}}""");

        (await Writes.ExportedUsersSince(account, now)).ShouldHaveSingleItem().Long("id").ShouldBe(existing.Long("id"));
        var listed = (await Writes.Users(account)).Single(u => u.Long("id") == existing.Long("id"));
        listed.Epoch("updated_at").ShouldBe(now);
        listed.Text("notes").ShouldBe("changed");
    }

    [Fact]
    public async Task A_created_user_is_recorded_in_the_change_log()
    {
        await using var account = await TestAccount.Start();
        var sequence = account.Host.Account.ChangeLog.Sequence;

        var id = (await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example"}}"""))["user"].Long("id");

        account.Host.Account.ChangeLog.Since(sequence).ShouldBe([new ChangeRecord(sequence + 1, "users", id, "create", account.Host.Clock.Now)]);
    }
}
