using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>POST /api/v2/users/create_or_update_many and GET /api/v2/job_statuses.</summary>
public sealed class JobEndpointsTests
{
    private const string UpsertMany = "/api/v2/users/create_or_update_many";

    private static string Users(params string[] users) => $$"""{"users":[{{string.Join(',', users)}}]}""";

    private static async Task<string> Enqueue(TestAccount account, string body) =>
        (await account.Post(UpsertMany, body))["job_status"].Text("id")!;

    [Fact]
    public async Task A_bulk_upsert_answers_200_with_a_queued_job_status()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(UpsertMany, Users("""{"name":"Ann","email":"ann@new.example"}""", """{"name":"Bob","email":"bob@new.example"}"""));

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        var job = reply["job_status"];
        job.Text("status").ShouldBe("queued");
        job.Long("total").ShouldBe(2);
        job.GetProperty("progress").ValueKind.ShouldBe(JsonValueKind.Null);
        job.GetProperty("results").ValueKind.ShouldBe(JsonValueKind.Null);
        job.Text("id")!.ShouldMatch("^[0-9a-f]{32}$");
        job.Text("url").ShouldBe($"{account.Host.BaseUrl}/api/v2/job_statuses/{job.Text("id")}.json");
    }

    [Fact]
    public async Task Each_poll_moves_the_job_from_queued_to_working_to_completed()
    {
        await using var account = await TestAccount.Start();
        var id = await Enqueue(account, Users("""{"name":"Ann","email":"ann@new.example"}"""));

        var first = (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"];
        var second = (await account.Get($"/api/v2/job_statuses/{id}.json"))["job_status"];
        var third = (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"];

        first.Text("status").ShouldBe("working");
        first.GetProperty("results").ValueKind.ShouldBe(JsonValueKind.Null);
        second.Text("status").ShouldBe("completed");
        second.Long("progress").ShouldBe(1);
        second.Text("message").ShouldBe($"Completed at {account.Host.Clock.Now.UtcDateTime:yyyy-MM-dd HH:mm:ss} +0000");
        third.GetRawText().ShouldBe(second.GetRawText());
    }

    [Fact]
    public async Task The_users_are_written_when_the_job_completes()
    {
        await using var account = await TestAccount.Start();
        var count = account.Host.Account.UserCount;
        var id = await Enqueue(account, Users("""{"name":"Ann","email":"ann@new.example"}"""));

        await account.Get($"/api/v2/job_statuses/{id}");
        var countWhileWorking = account.Host.Account.UserCount;
        await account.Get($"/api/v2/job_statuses/{id}");

        countWhileWorking.ShouldBe(count);
        account.Host.Account.UserCount.ShouldBe(count + 1);
    }

    [Fact]
    public async Task A_completed_job_reports_each_user_as_created_or_updated()
    {
        await using var account = await TestAccount.Start();
        var existing = await Writes.EndUserWithExternalId(account);
        var id = await Enqueue(account, Users(
            """{"name":"Ann","email":"ann@new.example"}""",
            $$"""{"name":"Known","external_id":"{{existing.Text("external_id")!.ToUpperInvariant()}}"}"""));
        await account.Get($"/api/v2/job_statuses/{id}");

        var results = (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"].GetProperty("results").EnumerateArray().ToList();

        results.Count.ShouldBe(2);
        results[0].Long("index").ShouldBe(0);
        results[0].TryGetProperty("action", out _).ShouldBeFalse();
        results[0].Text("status").ShouldBe("Created");
        results[0].Text("email").ShouldBe("ann@new.example");
        (await account.Get($"/api/v2/users/{results[0].Long("id")}"))["user"].Text("email").ShouldBe("ann@new.example");
        results[1].Long("index").ShouldBe(1);
        results[1].Text("action").ShouldBe("update");
        results[1].Text("status").ShouldBe("Updated");
        results[1].Long("id").ShouldBe(existing.Long("id"));
        results.ShouldAllBe(r => r.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task A_refused_user_fails_alone()
    {
        await using var account = await TestAccount.Start();
        var id = await Enqueue(account, Users("""{"name":"Ann","email":"not-an-email"}""", """{"name":"Bob","email":"bob@new.example"}"""));
        await account.Get($"/api/v2/job_statuses/{id}");

        var job = (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"];

        job.Text("status").ShouldBe("completed");
        var results = job.GetProperty("results").EnumerateArray().ToList();
        results[0].GetProperty("success").GetBoolean().ShouldBeFalse();
        results[0].Text("error").ShouldBe("InvalidValue");
        results[0].Text("details").ShouldBe("Email: not-an-email is invalid");
        results[1].Text("status").ShouldBe("Created");
    }

    [Fact]
    public async Task Users_written_by_a_job_are_in_the_users_export()
    {
        await using var account = await TestAccount.Start();
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;
        var id = await Enqueue(account, Users("""{"name":"Ann","email":"ann@new.example"}""", """{"name":"Bob","external_id":"bob-1"}"""));
        await account.Get($"/api/v2/job_statuses/{id}");
        await account.Get($"/api/v2/job_statuses/{id}");

        var exported = await Writes.ExportedUsersSince(account, now);

        exported.Select(u => u.Text("name")).ShouldBe(["Ann", "Bob"]);
        exported.ShouldAllBe(u => u.Epoch("updated_at") == now);
    }

    [Fact]
    public async Task More_than_100_users_are_refused_with_400()
    {
        await using var account = await TestAccount.Start();
        var users = Enumerable.Range(0, 101).Select(i => $$"""{"name":"User {{i}}","email":"user{{i}}@new.example"}""").ToArray();

        var atLimit = await account.Post(UpsertMany, Users(users[..100]));
        var overLimit = await account.Post(UpsertMany, Users(users));

        atLimit.Status.ShouldBe(HttpStatusCode.OK);
        overLimit.Status.ShouldBe(HttpStatusCode.BadRequest);
        overLimit.Body.ShouldBe("""{"error":"InvalidValue","description":"Too many users: at most 100 can be created or updated in one request."}""");
    }

    [Fact]
    public async Task Without_bulk_imports_enabled_the_bulk_upsert_answers_403()
    {
        await using var account = await TestAccount.Start();
        account.Host.Settings.BulkImports = false;

        var reply = await account.Post(UpsertMany, Users("""{"name":"Ann","email":"ann@new.example"}"""));

        reply.Status.ShouldBe(HttpStatusCode.Forbidden);
        reply.Json.Text("error").ShouldBe("Forbidden");
    }

    [Fact]
    public async Task An_unknown_job_answers_404()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get("/api/v2/job_statuses/0123456789abcdef0123456789abcdef");

        reply.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Show_many_answers_the_jobs_named_and_polls_them()
    {
        await using var account = await TestAccount.Start();
        var first = await Enqueue(account, Users("""{"name":"Ann","email":"ann@new.example"}"""));
        var second = await Enqueue(account, Users("""{"name":"Bob","email":"bob@new.example"}"""));

        var reply = await account.Get($"/api/v2/job_statuses/show_many?ids={first},{second}");

        var jobs = reply.Items("job_statuses");
        jobs.Select(j => j.Text("id")).ShouldBe([first, second]);
        jobs.ShouldAllBe(j => j.Text("status") == "working");
    }

    [Fact]
    public async Task Job_ids_follow_from_the_seed()
    {
        await using var first = await TestAccount.Start();
        await using var second = await TestAccount.Start();
        const string body = """{"users":[{"name":"Ann","email":"ann@new.example"}]}""";

        var a = await Enqueue(first, body);
        var b = await Enqueue(second, body);
        var c = await Enqueue(first, body);

        a.ShouldBe(b);
        c.ShouldNotBe(a);
    }
}
