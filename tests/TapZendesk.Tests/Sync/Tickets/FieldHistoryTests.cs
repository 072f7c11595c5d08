using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Tickets;

/// <summary>The field and tag histories, taken from the ticket events export's field events at no request of their own.</summary>
public sealed class FieldHistoryTests
{
    private const string Events = "GET /api/v2/incremental/ticket_events";

    [Fact]
    public async Task A_ticket_update_yields_one_field_row_per_changed_field_and_one_tag_row_per_tag()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "tickets", "ticket_field_history", "ticket_tag_history");
        var first = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });
        first.ExitCode.ShouldBe(0, first.Stderr);
        var ticket = first.Records("tickets").First(t => t["status"]!.GetValue<string>() is "open" or "pending");
        var ticketId = ticket["id"]!.GetValue<long>();
        var tagsBefore = ticket["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        var orderNumber = Fields.Ticket.Single(f => f.Key == "order_number").Id;
        var orderBefore = (string?)ticket["custom_fields"]!.AsArray().Single(f => f!["id"]!.GetValue<long>() == orderNumber)!["value"];
        var tagsAfter = tagsBefore.Skip(1).Append("escalated").ToList();

        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var update = simulator.Account.Tickets.Update(ticketId, new TicketChange
        {
            Status = "hold",
            Tags = tagsAfter,
            CustomFields = new Dictionary<long, object?> { [orderNumber] = "ORD-7" },
        });
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        simulator.Requests.Reset();
        var second = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, State = first.LastState });

        second.ExitCode.ShouldBe(0, second.Stderr);
        var rows = second.Records("ticket_field_history").ToList();
        rows.ShouldAllBe(r => r["audit_id"]!.GetValue<long>() == update.AuditId && r["ticket_id"]!.GetValue<long>() == ticketId);
        var byField = rows.ToDictionary(r => r["field_name"]!.GetValue<string>(), r => r);
        byField.Keys.ShouldBe(["status", "tags", orderNumber.ToString(CultureInfo.InvariantCulture)], ignoreOrder: true);
        ((string?)byField["status"]["value"]).ShouldBe("hold");
        ((string?)byField["status"]["previous_value"]).ShouldBe((string?)ticket["status"]);
        byField["status"]["ticket_field_id"].ShouldBeNull();
        ((string?)byField["tags"]["value"]).ShouldBe(string.Join(' ', tagsAfter.Order(StringComparer.Ordinal)));
        var custom = byField[orderNumber.ToString(CultureInfo.InvariantCulture)];
        custom["ticket_field_id"]!.GetValue<long>().ShouldBe(orderNumber);
        ((string?)custom["value"]).ShouldBe("ORD-7");
        ((string?)custom["previous_value"]).ShouldBe(orderBefore);
        rows.ShouldAllBe(r => r["updated_at"]!.GetValue<string>() == update.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

        var tags = second.Records("ticket_tag_history").Select(r => (r["tag"]!.GetValue<string>(), r["action"]!.GetValue<string>())).ToList();
        tags.ShouldBe([(tagsBefore[0], "removed"), ("escalated", "added")], ignoreOrder: true);
        second.Records("ticket_tag_history").ShouldAllBe(r => r["audit_id"]!.GetValue<long>() == update.AuditId && r["ticket_id"]!.GetValue<long>() == ticketId && r["event_id"] != null);
        rows.Concat(second.Records("ticket_tag_history")).ShouldAllBe(r => r["via"] is JsonValue && r["via"]!.GetValue<string>().Length > 0 && r["updater_id"] != null);
        simulator.Requests.ForEndpoint(Events).ShouldBeGreaterThan(0);
        simulator.Requests.ForEndpoint("GET /api/v2/tickets/{ticket_id}/audits").ShouldBe(0);
    }

    [Fact]
    public async Task A_ticket_created_records_each_field_it_was_created_with()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30);
        var catalog = Catalogs.SelectOnly(await DiscoverAsync(simulator), "ticket_events", "ticket_field_history");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var creations = run.Records("ticket_events").Where(e => e["child_events"]!.AsArray().Any(c => (string?)c!["event_type"] == "Create")).ToList();
        creations.ShouldNotBeEmpty();
        var rows = run.Records("ticket_field_history").ToLookup(r => r["audit_id"]!.GetValue<long>());
        foreach (var creation in creations)
        {
            var created = creation["child_events"]!.AsArray().Count(c => (string?)c!["event_type"] == "Create");
            rows[creation["id"]!.GetValue<long>()].Count().ShouldBe(created);
            rows[creation["id"]!.GetValue<long>()].ShouldAllBe(r => r["previous_value"] == null && (string?)r["event_type"] == "Create");
        }

        run.Ids("ticket_field_history").Count.ShouldBe(run.Ids("ticket_field_history").Distinct().Count());
    }

    private static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator)
    {
        var run = await TapHarness.RunAsync(simulator, new TapSetup { Discover = true });
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonNode.Parse(run.Text)!;
    }
}
