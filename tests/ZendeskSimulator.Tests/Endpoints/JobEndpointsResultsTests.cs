using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>The shape of each item in a completed create_or_update_many job's results.</summary>
public sealed class JobEndpointsResultsTests
{
    private static async Task<IReadOnlyList<JsonElement>> Completed(TestAccount account, params string[] users)
    {
        var id = (await account.Post("/api/v2/users/create_or_update_many", $$"""{"users":[{{string.Join(',', users)}}]}"""))["job_status"].Text("id");
        await account.Get($"/api/v2/job_statuses/{id}");
        return (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"].GetProperty("results").EnumerateArray().ToList();
    }

    private static string Names(JsonElement item) => string.Join(',', item.EnumerateObject().Select(p => p.Name));

    [Fact]
    public async Task A_created_user_is_reported_with_its_id_index_status_and_the_keys_sent()
    {
        await using var account = await TestAccount.Start();

        var results = await Completed(account, """{"name":"Ann","email":"ann@new.example","external_id":"ann-1"}""");

        Names(results[0]).ShouldBe("id,index,status,email,external_id,success");
        results[0].Text("status").ShouldBe("Created");
        results[0].Text("external_id").ShouldBe("ann-1");
    }

    [Fact]
    public async Task An_updated_user_is_reported_with_action_update()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var results = await Completed(account, $$"""{"name":"Renamed","email":"{{existing.Text("email")}}"}""");

        Names(results[0]).ShouldBe("id,index,action,status,email,success");
        results[0].Long("id").ShouldBe(existing.Long("id"));
        results[0].Text("action").ShouldBe("update");
        results[0].Text("status").ShouldBe("Updated");
    }

    [Fact]
    public async Task A_new_user_without_a_name_fails_with_no_id()
    {
        await using var account = await TestAccount.Start();

        var results = await Completed(account, """{"email":"nameless@new.example"}""");

        results[0].GetRawText().ShouldBe("""{"index":0,"status":"Failed","email":"nameless@new.example","error":"ValueTooShort","details":"Name:  is too short (minimum is 1 character)","success":false}""");
    }

    [Fact]
    public async Task An_external_id_taken_by_another_user_fails_with_the_id_of_the_user_the_email_found()
    {
        await using var account = await TestAccount.Start();
        var users = (await Writes.Users(account)).Where(u => u.Text("role") == "end-user").ToList();
        var holder = users.First(u => u.GetProperty("external_id").ValueKind == JsonValueKind.String);
        var other = users.First(u => u.Long("id") != holder.Long("id") && u.GetProperty("external_id").ValueKind == JsonValueKind.Null);

        // The external id finds its holder first, so the email is the duplicate.
        var results = await Completed(account, $$"""{"email":"{{other.Text("email")}}","external_id":"{{holder.Text("external_id")}}"}""");

        results[0].Long("id").ShouldBe(holder.Long("id"));
        results[0].Text("action").ShouldBe("update");
        results[0].Text("status").ShouldBe("Failed");
        results[0].Text("error").ShouldBe("DuplicateValue");
        results[0].Text("details").ShouldBe($"Email: {other.Text("email")} is already being used by another user");
        results[0].GetProperty("success").GetBoolean().ShouldBeFalse();
    }
}
