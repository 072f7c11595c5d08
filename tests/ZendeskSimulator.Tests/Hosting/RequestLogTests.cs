using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Hosting;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Counts_requests_per_endpoint_bucket_and_status()
    {
        await using var account = await TestAccount.Start();
        var firstTicket = Ids.TicketId(0);

        await account.Get("/api/v2/incremental/tickets/cursor.json?start_time=0");
        await account.Get("/api/v2/incremental/users/cursor.json?start_time=0");
        await account.Get($"/api/v2/tickets/{firstTicket}/audits.json");
        await account.Get($"/api/v2/tickets/{firstTicket + 1}/audits");
        await account.Get("/api/v2/groups", string.Empty);

        var log = account.Host.Requests;
        log.Total.ShouldBe(5);
        log.ForEndpoint("GET /api/v2/tickets/{ticket_id}/audits").ShouldBe(2);
        log.ForEndpoint("GET /api/v2/incremental/tickets/cursor").ShouldBe(1);
        log.ForBucket("account").ShouldBe(5);
        log.ForBucket("incremental-exports").ShouldBe(1);
        log.ForBucket("incremental-exports-cursor").ShouldBe(1);
        log.ForStatus(401).ShouldBe(1);
        log.Reset();
        log.Total.ShouldBe(0);
    }
}
