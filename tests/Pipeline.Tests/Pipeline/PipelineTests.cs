using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Singer.Pipeline.Tests.Support;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

/// <summary>
/// <c>tap-zendesk | target-warehouse</c> as users run it: two processes and a pipe, against a seeded
/// simulated account, into a real database. Each warehouse engine runs every test.
/// </summary>
public abstract class PipelineTests
{
    private const double AiAgentShare = 0.1;

    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

    // The streams whose second run must carry exactly what changed: no repeat, no gap.
    private static readonly string[] ExactStreams =
        ["tickets", "ticket_audits", "ticket_events", "ticket_comments", "ticket_metric_events", "users", "organizations", "ticket_field_history", "ticket_tag_history",
         "side_conversations", "side_conversation_events", "articles", "article_comments", "article_votes", "article_attachments", "article_comment_votes", "posts", "post_comments", "post_votes", "post_comment_votes"];

    private protected abstract Warehouse CreateWarehouse();

    [Fact]
    public async Task The_first_run_loads_every_stream_as_the_account_holds_it()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        await using var simulator = await StartSimulatorAsync(tickets: 300, seed: 11, ct);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);

        var run = await workspace.RunAsync(ct);

        run.Succeeded.ShouldBeTrue(run.Describe());
        var expected = SimulatorRecords.Snapshot(simulator);
        expected["tickets"].Count.ShouldBe(300);
        simulator.Account.Tickets.Store.Flags.Take(300).Count(f => (f & TicketCodes.FlagAiAgent) != 0).ShouldBeGreaterThan(10, "tickets handled by AI agents");
        await WarehouseAssert.HoldsExactlyAsync(warehouse, expected, ct);
        var tickets = await warehouse.ReadAsync("tickets", ct);
        foreach (var column in new[] { "id", "generated_timestamp", "updated_at", "custom_fields", "via", "satisfaction_rating", "tags" })
        {
            tickets.Column(column).ShouldBeGreaterThanOrEqualTo(0, $"tickets has no {column} column");
        }

        (await warehouse.ReadAsync("users", ct)).Column("user_fields").ShouldBeGreaterThanOrEqualTo(0, "users has no user_fields column");
        (await warehouse.ReadAsync("ticket_events", ct)).Column("child_events").ShouldBeGreaterThanOrEqualTo(0, "ticket_events has no child_events column");
        run.LastState.ShouldNotBeNull(run.Describe())["bookmarks"]!.AsObject().ShouldContainKey("tickets");
    }

    [Fact]
    public async Task The_second_run_from_the_saved_state_loads_exactly_what_changed()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        await using var simulator = await StartSimulatorAsync(tickets: 300, seed: 12, ct);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);
        var first = await workspace.RunAsync(ct);
        first.Succeeded.ShouldBeTrue(first.Describe());
        var before = SimulatorRecords.Snapshot(simulator);

        var changes = AccountChanges.Apply(simulator);
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await workspace.RunAsync(ct);

        second.Succeeded.ShouldBeTrue(second.Describe());
        var after = SimulatorRecords.Snapshot(simulator);
        await WarehouseAssert.HoldsExactlyAsync(warehouse, before.Then(after), ct);
        foreach (var stream in ExactStreams)
        {
            var emitted = second.Emitted(stream).Select(r => WarehouseSnapshot.KeyOf(stream, r)).Order(StringComparer.Ordinal).ToList();
            emitted.ShouldBe(after.ChangedSince(before, stream), $"{stream}: the second run must send each new or changed record once, and nothing else");
        }

        var changed = changes.Where(c => c.Stream is "tickets" or "users" or "ticket_events" or "ticket_comments").ToList();
        changed.Select(c => c.Stream).Distinct().Count().ShouldBe(4);
        foreach (var change in changed)
        {
            after.ChangedSince(before, change.Stream).ShouldContain(change.Id.ToString(CultureInfo.InvariantCulture), $"{change.Kind} of {change.Stream} {change.Id}");
        }
    }

    [Fact]
    public async Task A_catalog_that_deselects_streams_and_fields_loads_only_those()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        await using var simulator = await StartSimulatorAsync(tickets: 120, seed: 13, ct);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);
        var selection = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["tickets"] = ["description", "raw_subject", "satisfaction_rating"],
            ["users"] = ["notes", "photo"],

            // A child selected without its parent (ticket_events) comes through the parent's export alone.
            ["ticket_comments"] = ["html_body"],
        };
        workspace.UseCatalog(CatalogSelection.Select(await workspace.DiscoverAsync(ct), selection));

        var run = await workspace.RunAsync(ct);

        run.Succeeded.ShouldBeTrue(run.Describe());
        (await warehouse.TablesAsync(ct)).ShouldBe(selection.Keys.Order(StringComparer.Ordinal));
        foreach (var (stream, deselected) in selection)
        {
            var columns = (await warehouse.ReadAsync(stream, ct)).Columns;
            columns.ShouldNotContain(c => deselected.Contains(c), $"{stream} holds a deselected field");
            columns.ShouldContain("id");
        }

        (await warehouse.ReadAsync("tickets", ct)).Columns.ShouldContain("generated_timestamp");
        await WarehouseAssert.HoldsExactlyAsync(warehouse, SimulatorRecords.Snapshot(simulator).Only(selection.Keys), ct);
    }

    [Fact]
    public async Task Custom_ticket_fields_as_columns_load_one_typed_column_per_field_with_the_tickets_values()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        await using var simulator = await StartSimulatorAsync(tickets: 120, seed: 15, ct);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);
        workspace.SetTapSetting("custom_ticket_fields_as_columns", true);
        var catalog = CatalogSelection.Select(await workspace.DiscoverAsync(ct), new Dictionary<string, string[]>(StringComparer.Ordinal) { ["tickets"] = [] });
        var columns = catalog["streams"]!.AsArray().Single(s => (string?)s!["tap_stream_id"] == "tickets")!["schema"]!["properties"]!.AsObject()
            .Where(p => p.Value!.AsObject().ContainsKey("x-zendesk-ticket-field-id"))
            .ToDictionary(p => p.Key, p => p.Value!["x-zendesk-ticket-field-id"]!.GetValue<long>(), StringComparer.Ordinal);
        workspace.UseCatalog(catalog);

        var run = await workspace.RunAsync(ct);

        run.Succeeded.ShouldBeTrue(run.Describe());
        columns.Values.ShouldBe(Fields.Ticket.Select(f => f.Id), ignoreOrder: true);
        var table = await warehouse.ReadAsync("tickets", ct);
        foreach (var name in columns.Keys)
        {
            var column = table.Column(name);
            column.ShouldBeGreaterThanOrEqualTo(0, $"tickets has no {name} column");
            table.Rows.Count(r => r[column] != null && r[column] != DBNull.Value).ShouldBeGreaterThan(0, $"{name} is NULL in every row");
        }

        // Every column, the custom ones included, against the simulator's tickets: a custom column
        // holds what the ticket's custom_fields entry for its field holds.
        var tickets = SimulatorRecords.Snapshot(simulator)["tickets"].Values.Select(t => t.DeepClone().AsObject()).ToList();
        tickets.Count.ShouldBe(120);
        foreach (var ticket in tickets)
        {
            var values = ticket["custom_fields"]!.AsArray().ToDictionary(f => f!["id"]!.GetValue<long>(), f => f!["value"]);
            foreach (var (name, id) in columns)
            {
                ticket[name] = values.GetValueOrDefault(id)?.DeepClone();
            }
        }

        await WarehouseAssert.HoldsExactlyAsync(warehouse, WarehouseSnapshot.Of(new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal) { ["tickets"] = tickets }), ct);
    }

    [Fact]
    public async Task A_stream_map_in_the_tap_loads_the_sha256_of_each_users_email()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        await using var simulator = await StartSimulatorAsync(tickets: 60, seed: 16, ct);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);
        workspace.SetTapSetting("stream_maps", JsonNode.Parse("""{"users": {"email": "sha256(email)"}}""")!);
        workspace.UseCatalog(CatalogSelection.Select(await workspace.DiscoverAsync(ct), new Dictionary<string, string[]>(StringComparer.Ordinal) { ["users"] = [] }));

        var run = await workspace.RunAsync(ct);

        run.Succeeded.ShouldBeTrue(run.Describe());
        var users = SimulatorRecords.Snapshot(simulator)["users"];
        users.Values.Count(u => u["email"] is not null).ShouldBeGreaterThan(5);
        var table = await warehouse.ReadAsync("users", ct);
        var (id, email) = (table.Column("id"), table.Column("email"));
        var loaded = table.Rows.ToDictionary(r => Convert.ToString(r[id], CultureInfo.InvariantCulture)!, r => r[email] as string, StringComparer.Ordinal);
        loaded.Keys.ShouldBe(users.Keys, ignoreOrder: true);
        foreach (var (key, user) in users)
        {
            var expected = user["email"]?.GetValue<string>() is { } plain
                ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plain)))
                : null;
            loaded[key].ShouldBe(expected, $"user {key}");
        }
    }

    [Fact]
    public async Task A_run_through_rate_limits_server_errors_and_broken_connections_loads_the_same_tables()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        await using var simulator = await StartSimulatorAsync(tickets: 120, seed: 14, ct, rateLimits: true);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);
        var faults = simulator.Faults;
        faults.RateLimitBurst(2, retryAfterSeconds: 1, pathPrefix: "/api/v2/incremental/tickets");
        faults.ServerError(503, 2, retryAfterSeconds: 1, pathPrefix: "/api/v2/incremental/ticket_events");
        faults.ServerError(500, 1, pathPrefix: "/api/v2/incremental/users");
        faults.Conflict(1, pathPrefix: "/api/v2/macros");
        faults.Drop(1, pathPrefix: "/api/v2/groups");
        faults.Truncate(1, pathPrefix: "/api/v2/tickets/");
        faults.Slow(TimeSpan.FromMilliseconds(300), 1, pathPrefix: "/api/v2/incremental/organizations");

        var run = await workspace.RunAsync(ct);

        run.Succeeded.ShouldBeTrue(run.Describe());
        faults.Armed().ShouldBeEmpty("every fault was served to the tap");
        simulator.Requests.ForStatus(429).ShouldBeGreaterThanOrEqualTo(2);
        await WarehouseAssert.HoldsExactlyAsync(warehouse, SimulatorRecords.Snapshot(simulator), ct);
    }

    // Zendesk's limits are on only where a test is about them, with one-second minutes so that a 429 costs a
    // second, not a minute; elsewhere they would only add waits. Some tickets are handled by AI agents,
    // which Zendesk's exports leave out unless asked: the warehouse must hold them all the same.
    private static Task<SimulatorHost> StartSimulatorAsync(int tickets, int seed, CancellationToken ct, bool rateLimits = false) =>
        SimulatorHost.StartAsync(new SimulatorOptions { Tickets = tickets, Seed = seed, RateLimits = rateLimits, TimeScale = 60, AiAgentTicketShare = AiAgentShare }, ct);
}
