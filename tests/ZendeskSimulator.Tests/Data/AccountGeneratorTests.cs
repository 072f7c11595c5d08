using System.Text.Json;
using System.Text.RegularExpressions;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Data;

public sealed partial class AccountGeneratorTests
{
    [Fact]
    public async Task Every_id_is_above_2_to_the_32_and_every_timestamp_is_iso_with_seconds_and_z()
    {
        await using var account = await TestAccount.Start();
        var bodies = new[]
        {
            (await account.Get("/api/v2/incremental/tickets.json?start_time=0&include=metric_sets")).Json,
            (await account.Get("/api/v2/incremental/ticket_events.json?start_time=0&include=comment_events")).Json,
            (await account.Get("/api/v2/users.json")).Json,
            (await account.Get("/api/v2/groups.json")).Json,
        };

        var ids = new List<long>();
        var times = new List<string>();
        foreach (var body in bodies)
        {
            Collect(body, string.Empty, ids, times);
        }

        ids.ShouldNotBeEmpty();
        ids.Where(id => id != -1).ShouldAllBe(id => id > uint.MaxValue);
        times.ShouldNotBeEmpty();
        times.ShouldAllBe(t => IsoSeconds().IsMatch(t));
    }

    [Fact]
    public async Task Generated_timestamps_are_never_before_updated_at_and_sometimes_after()
    {
        await using var account = await TestAccount.Start();

        var tickets = (await account.Get("/api/v2/incremental/tickets.json?start_time=0")).Items("tickets");

        var pairs = tickets.Select(t => (Generated: t.Long("generated_timestamp"), Updated: DateTimeOffset.Parse(t.Text("updated_at")!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds())).ToList();
        pairs.ShouldAllBe(p => p.Generated >= p.Updated);
        pairs.ShouldContain(p => p.Generated > p.Updated);
    }

    [Fact]
    public async Task Custom_field_maps_hold_every_defined_key()
    {
        await using var account = await TestAccount.Start();
        var userKeys = (await account.Get("/api/v2/user_fields")).Items("user_fields").Select(f => f.Text("key")).ToList();
        var organizationKeys = (await account.Get("/api/v2/organization_fields")).Items("organization_fields").Select(f => f.Text("key")).ToList();
        var ticketFieldIds = (await account.Get("/api/v2/ticket_fields")).Items("ticket_fields").Select(f => f.Long("id")).ToList();

        var users = (await account.Get("/api/v2/users")).Items("users");
        var organizations = (await account.Get("/api/v2/organizations")).Items("organizations");
        var tickets = (await account.Get("/api/v2/tickets")).Items("tickets");

        users.ShouldAllBe(u => u.GetProperty("user_fields").EnumerateObject().Select(p => p.Name).SequenceEqual(userKeys));
        organizations.ShouldAllBe(o => o.GetProperty("organization_fields").EnumerateObject().Select(p => p.Name).SequenceEqual(organizationKeys));
        foreach (var ticket in tickets)
        {
            var custom = ticket.GetProperty("custom_fields").GetRawText();
            custom.ShouldBe(ticket.GetProperty("fields").GetRawText());
            ticket.GetProperty("custom_fields").EnumerateArray().Select(f => f.Long("id")).ShouldAllBe(id => ticketFieldIds.Contains(id));
        }
    }

    [Fact]
    public async Task The_account_has_the_variety_a_sync_meets()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Tickets = 2000 });

        var tickets = (await Exports.WalkCursor(account, "/api/v2/incremental/tickets/cursor.json?start_time=0")).SelectMany(p => p.Items("tickets")).ToList();
        var users = (await account.Get("/api/v2/users?per_page=100")).Items("users");
        var comments = (await account.Get("/api/v2/incremental/ticket_events.json?start_time=0&include=comment_events")).Items("ticket_events")
            .SelectMany(e => e.GetProperty("child_events").EnumerateArray()).Where(c => c.Text("event_type") == "Comment").ToList();

        tickets.Select(t => t.Text("status")).Distinct().ShouldBe(["new", "open", "pending", "hold", "solved", "closed", "deleted"], ignoreOrder: true);
        tickets.Select(t => t.GetProperty("via").Text("channel")).Distinct().Count().ShouldBeGreaterThan(3);
        tickets.Select(t => t.GetProperty("satisfaction_rating").Text("score")).Distinct().ShouldBe(["unoffered", "offered", "good", "bad"], ignoreOrder: true);
        users.Select(u => u.Text("role")).Distinct().ShouldBe(["admin", "agent", "end-user"], ignoreOrder: true);
        comments.ShouldContain(c => !c.GetProperty("public").GetBoolean());
        comments.ShouldContain(c => c.GetProperty("attachments").GetArrayLength() > 0);
    }

    private static void Collect(JsonElement element, string name, List<long> ids, List<string> times)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, property.Name, ids, times);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, name, ids, times);
                }

                break;
            case JsonValueKind.Number when name == "id" || (name.EndsWith("_id", StringComparison.Ordinal) && name != "locale_id" && name != "reason_id" && name != "instance_id"):
                ids.Add(element.GetInt64());
                break;
            case JsonValueKind.String when name.EndsWith("_at", StringComparison.Ordinal):
                times.Add(element.GetString()!);
                break;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex IsoSeconds();
}
