using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>POST /api/v2/users/create_or_update_many and GET /api/v2/job_statuses.</summary>
public sealed class JobEndpointsTests
{
    private const string UpsertMany = "/api/v2/users/create_or_update_many";

    private static string Users(params string[] users) => $$"""{"users":[{{string.Join(',', users)}}]}""";

    private static async Task<string> Enqueue(TestAccount account, string body) =>
        (await account.Post(UpsertMany, body))["job_status"].Text("id")!;

    /// <summary>An account whose jobs take 10 ms of work time per item and move only with its clock (real time is held still).</summary>
    private static Task<TestAccount> Timed() =>
        TestAccount.Start(TestAccount.Small with { JobItemMilliseconds = 10, LimiterTime = new FakeTimeProvider(DateTimeOffset.UnixEpoch) });

    private static async Task<JsonElement> Status(TestAccount account, string id) => (await account.Get($"/api/v2/job_statuses/{id}"))["job_status"];

    private static string Ann(int n) => $$"""{"name":"Ann {{n}}","email":"ann{{n}}@new.example"}""";

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
    public async Task A_job_works_through_its_items_as_the_clock_moves_and_completes_after_their_time()
    {
        await using var account = await Timed();
        var id = await Enqueue(account, Users(Ann(1), Ann(2), Ann(3), Ann(4)));

        var atFirst = await Status(account, id);
        account.Host.Clock.Advance(TimeSpan.FromMilliseconds(20));
        var halfway = await Status(account, id);
        account.Host.Clock.Advance(TimeSpan.FromMilliseconds(20));
        var done = await Status(account, id);

        atFirst.Text("status").ShouldBe("working");
        atFirst.Long("progress").ShouldBe(0);
        atFirst.GetProperty("results").ValueKind.ShouldBe(JsonValueKind.Null);
        halfway.Text("status").ShouldBe("working");
        halfway.Long("progress").ShouldBe(2);
        done.Text("status").ShouldBe("completed");
        done.Long("progress").ShouldBe(4);
        done.Text("message").ShouldBe($"Completed at {account.Host.Clock.Now.UtcDateTime:yyyy-MM-dd HH:mm:ss} +0000");
        done.GetProperty("results").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task Polling_does_not_move_a_job()
    {
        await using var account = await Timed();
        var id = await Enqueue(account, Users(Ann(1)));

        var polls = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            polls.Add((await Status(account, id)).GetRawText());
        }

        polls.Distinct().ShouldHaveSingleItem().ShouldContain("\"status\":\"working\"");
    }

    [Fact]
    public async Task Jobs_run_in_queue_order_a_later_one_staying_queued_while_the_one_before_works()
    {
        await using var account = await Timed();
        var first = await Enqueue(account, Users(Ann(1), Ann(2)));
        var second = await Enqueue(account, Users(Ann(3)));

        var before = ((await Status(account, first)).Text("status"), (await Status(account, second)).Text("status"));
        account.Host.Clock.Advance(TimeSpan.FromMilliseconds(20));
        var after = ((await Status(account, first)).Text("status"), (await Status(account, second)).Text("status"));
        account.Host.Clock.Advance(TimeSpan.FromMilliseconds(10));

        before.ShouldBe(("working", "queued"));
        (await Status(account, second)).GetProperty("progress").ValueKind.ShouldBe(JsonValueKind.Number);
        after.ShouldBe(("completed", "working"));
        (await Status(account, second)).Text("status").ShouldBe("completed");
    }

    [Fact]
    public async Task The_users_are_written_when_the_jobs_time_comes_whoever_polls()
    {
        await using var account = await Timed();
        await Enqueue(account, Users(Ann(1)));

        var beforeItsTime = await account.Get("/api/v2/users/search?query=email:ann1@new.example");
        account.Host.Clock.Advance(TimeSpan.FromMilliseconds(10));
        var afterItsTime = await account.Get("/api/v2/users/search?query=email:ann1@new.example");

        beforeItsTime.Items("users").ShouldBeEmpty();
        afterItsTime.Items("users").ShouldHaveSingleItem().Text("name").ShouldBe("Ann 1");
    }

    [Fact]
    public async Task A_job_sees_the_account_as_it_is_when_it_runs()
    {
        await using var account = await Timed();
        var id = await Enqueue(account, Users(Ann(1)));
        await account.Post("/api/v2/users/create_or_update", $$"""{"user":{{Ann(1)}}}""");

        account.Host.Clock.Advance(TimeSpan.FromMilliseconds(10));

        (await Status(account, id)).GetProperty("results")[0].Text("status").ShouldBe("Updated");
    }

    [Fact]
    public async Task Jobs_complete_in_real_time_while_the_account_clock_stands_still()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { JobItemMilliseconds = 2 });
        var id = await Enqueue(account, Users(Ann(1), Ann(2), Ann(3)));
        var start = TimeProvider.System.GetTimestamp();

        var status = (await Status(account, id)).Text("status");
        while (status != "completed" && TimeProvider.System.GetElapsedTime(start) < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
            status = (await Status(account, id)).Text("status");
        }

        status.ShouldBe("completed");
        account.Host.Clock.Now.ShouldBe(account.Host.Options.ClockStart);
    }

    [Fact]
    public async Task Without_item_time_a_job_is_completed_at_its_first_read_but_answered_queued()
    {
        await using var account = await TestAccount.Start();

        var queued = (await account.Post(UpsertMany, Users(Ann(1))))["job_status"];
        var read = await Status(account, queued.Text("id")!);

        queued.Text("status").ShouldBe("queued");
        read.Text("status").ShouldBe("completed");
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
    public async Task Show_many_answers_the_jobs_named_as_they_stand()
    {
        await using var account = await Timed();
        var first = await Enqueue(account, Users("""{"name":"Ann","email":"ann@new.example"}"""));
        var second = await Enqueue(account, Users("""{"name":"Bob","email":"bob@new.example"}"""));

        var reply = await account.Get($"/api/v2/job_statuses/show_many?ids={first},{second}");

        var jobs = reply.Items("job_statuses");
        jobs.Select(j => j.Text("id")).ShouldBe([first, second]);
        jobs.Select(j => j.Text("status")).ShouldBe(["working", "queued"]);
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
