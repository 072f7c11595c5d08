using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// An email two users hold, which only the admin API can make: search finds both, and the upserts
/// refuse it as they refuse an email another user holds, updating neither.
/// </summary>
public sealed class WriteEndpointsSharedEmailTests
{
    private const string Upsert = "/api/v2/users/create_or_update";

    private static async Task<(JsonElement Holder, JsonElement Sharer)> Shared(TestAccount account)
    {
        var users = (await Writes.Users(account)).Where(u => u.Text("role") == "end-user").ToList();
        var holder = users[0];
        var sharer = users.First(u => u.Long("id") != holder.Long("id") && u.GetProperty("external_id").ValueKind == JsonValueKind.String);
        var added = await AddIdentity(account, sharer.Long("id"), $$"""{"type":"email","value":"{{holder.Text("email")!.ToUpperInvariant()}}"}""");
        added.Status.ShouldBe(HttpStatusCode.Created, added.Body);
        return (holder, sharer);
    }

    private static Task<Reply> AddIdentity(TestAccount account, long userId, string body) =>
        account.Send(new HttpRequestMessage(HttpMethod.Post, $"/__admin/users/{userId}/identities") { Content = new StringContent(body) }, string.Empty);

    [Fact]
    public async Task The_admin_api_gives_a_user_an_email_another_user_holds_as_a_secondary_identity()
    {
        await using var account = await TestAccount.Start();

        var (holder, sharer) = await Shared(account);

        var identities = (await account.Get($"/api/v2/users/{sharer.Long("id")}/identities")).Items("identities");
        var shared = identities.Single(i => string.Equals(i.Text("value"), holder.Text("email"), StringComparison.OrdinalIgnoreCase));
        shared.GetProperty("primary").GetBoolean().ShouldBeFalse();
        (await account.Get($"/api/v2/users/{holder.Long("id")}"))["user"].Text("email").ShouldBe(holder.Text("email"));
    }

    [Fact]
    public async Task Searching_the_shared_email_finds_both_users_in_id_order()
    {
        await using var account = await TestAccount.Start();
        var (holder, sharer) = await Shared(account);

        var byTerm = await account.Get($"/api/v2/users/search?query=email:{holder.Text("email")}");
        var bare = await account.Get($"/api/v2/users/search?query={holder.Text("email")}");

        long[] both = [.. new[] { holder.Long("id"), sharer.Long("id") }.Order()];
        byTerm.Items("users").Select(u => u.Long("id")).ShouldBe(both);
        byTerm.Json.Long("count").ShouldBe(2);
        bare.Items("users").Select(u => u.Long("id")).ShouldBe(both);
    }

    [Fact]
    public async Task An_upsert_by_the_shared_email_is_refused_with_422_and_updates_neither_user()
    {
        await using var account = await TestAccount.Start();
        var (holder, sharer) = await Shared(account);

        var reply = await account.Post(Upsert, $$$"""{"user":{"name":"Renamed","email":"{{{holder.Text("email")}}}"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply.Body.ShouldBe($$$"""{"error":"RecordInvalid","description":"Record validation errors","details":{"email":[{"description":"Email: {{{holder.Text("email")}}} is already being used by another user","error":"DuplicateValue"}]}}""");
        (await account.Get($"/api/v2/users/{holder.Long("id")}"))["user"].Text("name").ShouldBe(holder.Text("name"));
        (await account.Get($"/api/v2/users/{sharer.Long("id")}"))["user"].Text("name").ShouldBe(sharer.Text("name"));
    }

    [Fact]
    public async Task The_shared_email_is_refused_even_with_the_external_id_of_one_of_its_holders()
    {
        await using var account = await TestAccount.Start();
        var (holder, sharer) = await Shared(account);

        var reply = await account.Post(Upsert, $$$"""{"user":{"name":"Renamed","email":"{{{holder.Text("email")}}}","external_id":"{{{sharer.Text("external_id")}}}"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply["details"].GetProperty("email")[0].Text("error").ShouldBe("DuplicateValue");
    }

    [Fact]
    public async Task A_bulk_upsert_by_the_shared_email_fails_that_item_alone_with_no_id()
    {
        await using var account = await TestAccount.Start();
        var (holder, _) = await Shared(account);
        var id = (await account.Post("/api/v2/users/create_or_update_many", $$"""{"users":[{"name":"Renamed","email":"{{holder.Text("email")}}"},{"name":"Bob","email":"bob@new.example"}]}"""))["job_status"].Text("id");
        await account.Get($"/api/v2/job_statuses/{id}");

        var results = (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"].GetProperty("results").EnumerateArray().ToList();

        results[0].GetRawText().ShouldBe($$"""{"index":0,"status":"Failed","email":"{{holder.Text("email")}}","error":"DuplicateValue","details":"Email: {{holder.Text("email")}} is already being used by another user","success":false}""");
        results[1].Text("status").ShouldBe("Created");
    }

    [Fact]
    public async Task The_admin_api_refuses_an_email_the_user_has_an_unknown_user_and_a_text_that_is_no_email()
    {
        await using var account = await TestAccount.Start();
        var user = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var own = await AddIdentity(account, user.Long("id"), $$"""{"value":"{{user.Text("email")}}"}""");
        var unknown = await AddIdentity(account, 1, """{"value":"someone@new.example"}""");
        var notEmail = await AddIdentity(account, user.Long("id"), """{"value":"nobody"}""");

        own.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        notEmail.Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
