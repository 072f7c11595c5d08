using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
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

    [Fact]
    public void Token_requests_are_counted_per_grant_type_and_outcome_until_a_reset()
    {
        var log = new RequestLog();

        log.RecordToken("client_credentials", issued: true);
        log.RecordToken("client_credentials", issued: true);
        log.RecordToken("client_credentials", issued: false);
        log.RecordToken("refresh_token", issued: false);

        log.TokensIssued("client_credentials").ShouldBe(2);
        log.TokensRefused("client_credentials").ShouldBe(1);
        log.TokensIssued("refresh_token").ShouldBe(0);
        log.TokensRefused("refresh_token").ShouldBe(1);
        log.IssuedTokens().ShouldBe(new Dictionary<string, long> { ["client_credentials"] = 2 });
        log.Reset();
        log.TokensIssued("client_credentials").ShouldBe(0);
        log.RefusedTokens().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_dropped_or_truncated_answer_is_counted_as_such_and_not_as_its_status()
    {
        await using var account = await TestAccount.Start();
        var log = account.Host.Requests;
        account.Host.Faults.Drop(1, "/api/v2/users/me");
        account.Host.Faults.Truncate(1, "/api/v2/groups");

        (await Fails(() => account.Get("/api/v2/users/me"))).ShouldBeTrue();
        (await Fails(() => account.Get("/api/v2/groups"))).ShouldBeTrue();
        await account.Get("/api/v2/users/me");
        await Settled(() => log.Dropped + log.Truncated + log.ForStatus(200) == 3);

        log.Dropped.ShouldBe(1);
        log.Truncated.ShouldBe(1);
        log.ForStatus(200).ShouldBe(1);
        log.Total.ShouldBe(3);
    }

    private static async Task<bool> Fails(Func<Task> request)
    {
        try
        {
            await request();
            return false;
        }
        catch (HttpRequestException)
        {
            return true;
        }
        catch (IOException)
        {
            return true;
        }
    }

    // The server counts a cut-off answer once it has cut it off, which the client may notice first.
    private static async Task Settled(Func<bool> done)
    {
        for (var i = 0; i < 100 && !done(); i++)
        {
            await Task.Delay(20);
        }
    }
}
