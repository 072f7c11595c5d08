using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

public sealed class TicketEndpointsTests
{
    [Fact]
    public async Task An_archived_tickets_audits_come_whole_in_the_envelope_of_the_paging_asked_for()
    {
        await using var account = await TestAccount.Start();
        var data = account.Host.Account;
        var t = Enumerable.Range(0, data.TicketCount).First(i => data.Tickets.IsArchived(i) && !data.Tickets.Store.IsDeleted(i) && data.Audits.Of(i).Length > 2);
        var id = Ids.TicketId(t);

        var cursor = await account.Get($"/api/v2/tickets/{id}/audits.json?page[size]=1");
        var offset = await account.Get($"/api/v2/tickets/{id}/audits.json?per_page=1");

        cursor.Items("audits").Count.ShouldBe(data.Audits.Of(t).Length);
        cursor["meta"].GetProperty("has_more").GetBoolean().ShouldBeFalse();
        cursor["links"].GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
        cursor.Json.TryGetProperty("count", out _).ShouldBeFalse();
        offset.Items("audits").Count.ShouldBe(data.Audits.Of(t).Length);
        offset["next_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        offset["previous_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        offset["count"].GetInt32().ShouldBe(data.Audits.Of(t).Length);
        offset.Json.TryGetProperty("meta", out _).ShouldBeFalse();
    }
}
