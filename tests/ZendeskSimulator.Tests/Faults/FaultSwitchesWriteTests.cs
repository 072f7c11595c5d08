using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Faults;

/// <summary>Faults on writes: before the write (nothing happened, a retry is safe) or after it took effect.</summary>
public sealed class FaultSwitchesWriteTests
{
    private const string Upsert = "/api/v2/users/create_or_update";

    private const string Ann = """{"user":{"name":"Ann","email":"ann@new.example"}}""";

    [Fact]
    public async Task A_503_before_the_write_leaves_the_account_unchanged()
    {
        await using var account = await TestAccount.Start();
        var count = account.Host.Account.UserCount;
        account.Host.Faults.ServerError(503, 1, retryAfterSeconds: 2, pathPrefix: Upsert);

        var failed = await account.Post(Upsert, Ann);

        failed.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        failed.Header("Retry-After").ShouldBe("2");
        account.Host.Account.UserCount.ShouldBe(count);
        (await account.Post(Upsert, Ann)).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_502_after_the_write_hides_a_user_that_was_created()
    {
        await using var account = await TestAccount.Start();
        var count = account.Host.Account.UserCount;
        account.Host.Faults.ServerErrorAfterEffect(502, 1);

        var failed = await account.Post(Upsert, Ann);
        var again = await account.Post(Upsert, Ann);

        failed.Status.ShouldBe(HttpStatusCode.BadGateway);
        failed.Json.Text("error").ShouldBe("BadGateway");
        failed.Header("Location").ShouldBeNull();
        account.Host.Account.UserCount.ShouldBe(count + 1);
        again.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_fault_limited_to_post_leaves_reads_alone()
    {
        await using var account = await TestAccount.Start();
        account.Host.Faults.ServerErrorAfterEffect(500, 1);

        var read = await account.Get("/api/v2/groups");
        var write = await account.Post("/api/v2/organization_memberships", """{"organization_membership":{"user_id":1,"organization_id":1}}""");

        read.Status.ShouldBe(HttpStatusCode.OK);
        write.Status.ShouldBe(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task A_connection_dropped_after_a_membership_was_created_leaves_it_created()
    {
        await using var account = await TestAccount.Start();
        var userId = (await account.Post(Upsert, Ann))["user"].Long("id");
        var organizationId = (await account.Get("/api/v2/organizations")).Items("organizations")[0].Long("id");
        var body = $$$"""{"organization_membership":{"user_id":{{{userId}}},"organization_id":{{{organizationId}}}}}""";
        var fault = await account.Send(
            new HttpRequestMessage(HttpMethod.Post, "/__admin/faults") { Content = new StringContent("""{"kind":"drop","count":1,"method":"POST","after_effect":true}""") },
            string.Empty);

        await Should.ThrowAsync<HttpRequestException>(() => account.Post("/api/v2/organization_memberships", body));
        var retried = await account.Post("/api/v2/organization_memberships", body);

        fault.Status.ShouldBe(HttpStatusCode.NoContent);
        retried.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }
}
