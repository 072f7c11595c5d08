using System.Net;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

public sealed class AdminEndpointsTests
{
    [Fact]
    public async Task The_admin_api_moves_the_clock_and_changes_records_without_credentials()
    {
        await using var account = await TestAccount.Start();
        var before = account.Host.Clock.NowSeconds;
        var id = Ids.TicketId(7);

        var advanced = await account.Send(new HttpRequestMessage(HttpMethod.Post, "/__admin/clock/advance") { Content = new StringContent("""{"seconds":3600}""") }, string.Empty);
        var updated = await account.Send(new HttpRequestMessage(HttpMethod.Patch, $"/__admin/tickets/{id}") { Content = new StringContent("""{"status":"solved","comment":"Done","public":true}""") }, string.Empty);
        var system = await account.Send(new HttpRequestMessage(HttpMethod.Post, $"/__admin/tickets/{id + 1}/system_update"), string.Empty);
        var deleted = await account.Send(new HttpRequestMessage(HttpMethod.Delete, $"/__admin/tickets/{id + 2}"), string.Empty);
        var deactivated = await account.Send(new HttpRequestMessage(HttpMethod.Post, $"/__admin/users/{Ids.UserId(9)}/deactivate"), string.Empty);
        var created = await account.Send(new HttpRequestMessage(HttpMethod.Post, "/__admin/tickets") { Content = new StringContent("""{"count":3}""") }, string.Empty);
        var changes = await account.Send(new HttpRequestMessage(HttpMethod.Get, "/__admin/changes?since=0"), string.Empty);

        advanced.Status.ShouldBe(HttpStatusCode.OK);
        advanced.Json.Long("now_epoch").ShouldBe(before + 3600);
        updated.Json.Long("ticket_id").ShouldBe(id);
        updated.Json.GetProperty("comment_id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Number);
        system.Status.ShouldBe(HttpStatusCode.NoContent);
        deleted.Status.ShouldBe(HttpStatusCode.NoContent);
        deactivated.Status.ShouldBe(HttpStatusCode.NoContent);
        created.Status.ShouldBe(HttpStatusCode.Created);
        created.Json.GetProperty("ids").GetArrayLength().ShouldBe(3);
        changes.Json.EnumerateArray().Select(c => c.Text("stream")).Distinct().ShouldBe(["tickets", "ticket_events", "ticket_audits", "ticket_comments", "ticket_metrics", "ticket_metric_events", "users"], ignoreOrder: true);
        account.Host.Account.Tickets.Store.Status[7].ShouldBe(TicketCodes.Solved);
    }

    [Fact]
    public async Task The_admin_api_switches_faults_settings_and_reads_the_request_log()
    {
        await using var account = await TestAccount.Start();

        var fault = await account.Send(new HttpRequestMessage(HttpMethod.Post, "/__admin/faults") { Content = new StringContent("""{"kind":"server_error","count":1,"status":502}""") }, string.Empty);
        var failed = await account.Get("/api/v2/groups");
        var settings = await account.Send(new HttpRequestMessage(HttpMethod.Put, "/__admin/settings") { Content = new StringContent("""{"plan":"team"}""") }, string.Empty);
        var gated = await account.Get("/api/v2/slas/policies");
        var requests = await account.Send(new HttpRequestMessage(HttpMethod.Get, "/__admin/requests"), string.Empty);
        var bad = await account.Send(new HttpRequestMessage(HttpMethod.Patch, "/__admin/tickets/1") { Content = new StringContent("""{"status":"open"}""") }, string.Empty);

        fault.Status.ShouldBe(HttpStatusCode.NoContent);
        failed.Status.ShouldBe(HttpStatusCode.BadGateway);
        settings.Json.Text("plan").ShouldBe("Team");
        gated.Status.ShouldBe(HttpStatusCode.Forbidden);
        requests.Json.Long("total").ShouldBe(2);
        requests.Json.GetProperty("endpoints").Long("GET /api/v2/groups").ShouldBe(1);
        requests.Json.GetProperty("statuses").Long("403").ShouldBe(1);
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.Body.ShouldContain("Ticket 1 does not exist");
    }
}
