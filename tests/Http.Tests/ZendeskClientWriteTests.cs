using System.Text;

namespace Zendesk.Singer.Http.Tests;

public sealed class ZendeskClientWriteTests
{
    private static readonly byte[] EventBody = Encoding.UTF8.GetBytes("""{"event":{"type":"signed_up"}}""");

    [Fact]
    public async Task Posts_the_body_as_json_and_returns_the_answer()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(201, """{"user":{"id":7}}"""));

        using var reply = await bed.Client.SendAsync(ZendeskWrite.Post("/api/v2/users/create_or_update", EventBody, WriteSafety.Idempotent), RequestBudget.Core, CancellationToken.None);

        reply.StatusCode.ShouldBe(201);
        reply.Succeeded.ShouldBeTrue();
        reply.Document!.RootElement.GetProperty("user").GetProperty("id").GetInt64().ShouldBe(7);
        var seen = bed.Server.Requests.ShouldHaveSingleItem();
        seen.Method.ShouldBe("POST");
        seen.Body.ShouldBe("""{"event":{"type":"signed_up"}}""");
    }

    [Fact]
    public async Task Hands_a_refusal_about_the_record_back_with_zendesks_words()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(422, """{"error":"RecordInvalid","description":"Record validation errors","details":{"user_id":[{"description":"User is already a member"}]}}"""));

        using var reply = await bed.Client.SendAsync(ZendeskWrite.Post("/api/v2/organization_memberships", EventBody, WriteSafety.Idempotent), RequestBudget.Core, CancellationToken.None);

        reply.StatusCode.ShouldBe(422);
        reply.Succeeded.ShouldBeFalse();
        reply.ErrorText!.ShouldContain("RecordInvalid");
        reply.Document!.RootElement.GetProperty("details").GetProperty("user_id")[0].GetProperty("description").GetString().ShouldBe("User is already a member");
        bed.Client.Counters.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task Sends_an_idempotent_write_again_after_a_server_error()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(502, "{}")).Then(ScriptedZendesk.Json(200, """{"user":{"id":7}}"""));

        using var reply = await bed.RunAsync(bed.Client.SendAsync(ZendeskWrite.Post("/api/v2/users/create_or_update", EventBody, WriteSafety.Idempotent), RequestBudget.Core, CancellationToken.None));

        reply.StatusCode.ShouldBe(200);
        bed.Server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Does_not_send_a_once_only_write_again_after_a_server_error()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(502, "{}")).Then(ScriptedZendesk.Json(202, "{}"));

        var error = await Should.ThrowAsync<ZendeskWriteUncertainException>(
            bed.RunAsync(bed.Client.SendAsync(ZendeskWrite.Post("/api/v2/user_profiles/events", EventBody, WriteSafety.OnceOnly), RequestBudget.Core, CancellationToken.None)));

        error.Message.ShouldContain("may or may not have recorded POST /api/v2/user_profiles/events");
        error.StatusCode.ShouldBe(502);
        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Does_not_send_a_once_only_write_again_after_its_answer_was_cut_off()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Drop).Then(ScriptedZendesk.Json(202, "{}"));

        await Should.ThrowAsync<ZendeskWriteUncertainException>(
            bed.RunAsync(bed.Client.SendAsync(ZendeskWrite.Post("/api/v2/user_profiles/events", EventBody, WriteSafety.OnceOnly), RequestBudget.Core, CancellationToken.None)));

        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(409)]
    public async Task Sends_a_once_only_write_again_when_zendesk_refused_it_without_acting(int status)
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(status, """{"error":"busy"}""", ("Retry-After", "2"))).Then(ScriptedZendesk.Json(202, "{}"));

        using var reply = await bed.RunAsync(bed.Client.SendAsync(ZendeskWrite.Post("/api/v2/user_profiles/events", EventBody, WriteSafety.OnceOnly), RequestBudget.Core, CancellationToken.None));

        reply.StatusCode.ShouldBe(202);
        bed.Server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Sends_a_once_only_write_again_when_no_connection_could_be_made()
    {
        var clock = new RecordingClock();
        using var log = new StringWriter();
        using var client = HttpTestbed.Unreachable(clock, log);

        var error = await Should.ThrowAsync<ZendeskException>(clock.RunQuietlyAsync(
            client.SendAsync(ZendeskWrite.Post("/api/v2/user_profiles/events", EventBody, WriteSafety.OnceOnly), RequestBudget.Core, CancellationToken.None),
            TimeSpan.FromSeconds(1),
            () => client.Budgets.Core.InFlight == 0));

        error.ShouldNotBeOfType<ZendeskWriteUncertainException>();
        client.Counters.CoreRequests.ShouldBe(3);
    }

    [Fact]
    public async Task Throws_when_the_plan_forbids_the_write()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(403, """{"error":{"title":"Forbidden","message":"Access to this resource is restricted"}}"""));

        var error = await Should.ThrowAsync<ZendeskForbiddenException>(
            bed.Client.SendAsync(ZendeskWrite.Post("/api/v2/user_profiles/events", EventBody, WriteSafety.OnceOnly), RequestBudget.Core, CancellationToken.None));

        error.Message.ShouldContain("restricted");
    }

    [Fact]
    public async Task Deletes_without_a_body_and_reads_an_empty_answer()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });

        using var reply = await bed.Client.SendAsync(ZendeskWrite.Delete("/api/v2/organization_memberships/5"), RequestBudget.Core, CancellationToken.None);

        reply.StatusCode.ShouldBe(204);
        reply.Document.ShouldBeNull();
        bed.Server.Requests.ShouldHaveSingleItem().Method.ShouldBe("DELETE");
    }
}
