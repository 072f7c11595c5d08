using System.Text.Json.Nodes;
using Zendesk.Singer.Pipeline.Tests.Support;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

/// <summary>
/// <c>target-zendesk</c> as users run it, a process fed a Singer file on stdin, against a simulated
/// account that <c>tap-zendesk</c> then reads back: what went in is what comes out.
/// </summary>
public sealed class ZendeskDestinationTests
{
    private static readonly string Calls = Path.Combine(RepositoryLayout.Root, "tests", "fixtures", "segment", "calls.singer");

    [Fact]
    public async Task Identify_group_and_track_records_read_back_through_the_tap_as_written()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = 10, Seed = 5, RateLimits = false }, ct);
        var folder = Directory.CreateTempSubdirectory("zs-destination-").FullName;
        try
        {
            var written = await WriteAsync(simulator, folder, ct);

            written.ExitCode.ShouldBe(0, written.Describe());
            written.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["value"]!["position"]!.GetValue<int>()).ShouldBe([3, 6, 10]);
            written.Errors.ShouldContain("identify: 5 received, 3 created, 1 updated, 0 sent, 0 skipped, 1 rejected");
            written.Errors.ShouldContain("track: 2 received, 0 created, 0 updated, 1 sent, 1 skipped, 0 rejected");
            var reject = JsonNode.Parse(File.ReadAllLines(Path.Combine(folder, "rejects.jsonl")).ShouldHaveSingleItem())!;
            reject["line"]!.GetValue<long>().ShouldBe(15);
            reject["record"]!["userId"]!.GetValue<string>().ShouldBe("su-4");

            simulator.Clock.Advance(TimeSpan.FromMinutes(2));
            var read = await ReadBackAsync(simulator, folder, ct);

            var users = read.Where(r => r.Stream == "users" && r.Record["external_id"]?.GetValue<string>().StartsWith("su-", StringComparison.Ordinal) == true).ToDictionary(r => r.Record["external_id"]!.GetValue<string>(), r => r.Record);
            users.Keys.Order().ShouldBe(["su-1", "su-2", "su-3"]);
            users["su-1"]["name"]!.GetValue<string>().ShouldBe("Ada Byron");
            users["su-1"]["email"]!.GetValue<string>().ShouldBe("ada@example.com");
            users["su-1"]["user_fields"]!["employee_number"]!.GetValue<long>().ShouldBe(1815);
            users["su-2"]["name"]!.GetValue<string>().ShouldBe("Alan M. Turing");
            users["su-3"]["name"]!.GetValue<string>().ShouldBe("Grace Hopper");

            var organizations = read.Where(r => r.Stream == "organizations" && r.Record["external_id"]?.GetValue<string>().StartsWith("sa-", StringComparison.Ordinal) == true).ToDictionary(r => r.Record["external_id"]!.GetValue<string>(), r => r.Record);
            organizations.Keys.Order().ShouldBe(["sa-1", "sa-2"]);
            organizations["sa-1"]["name"]!.GetValue<string>().ShouldBe("Analytical Engines");
            organizations["sa-1"]["domain_names"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["engines.example"]);
            organizations["sa-1"]["organization_fields"]!["seats"]!.GetValue<long>().ShouldBe(40);
            organizations["sa-2"]["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Order().ShouldBe(["cobol", "navy"]);

            var userOf = users.ToDictionary(u => u.Value["id"]!.GetValue<long>(), u => u.Key);
            var organizationOf = organizations.ToDictionary(o => o.Value["id"]!.GetValue<long>(), o => o.Key);
            var memberships = read.Where(r => r.Stream == "organization_memberships")
                .Select(r => (User: userOf.GetValueOrDefault(r.Record["user_id"]!.GetValue<long>()), Organization: organizationOf.GetValueOrDefault(r.Record["organization_id"]!.GetValue<long>())))
                .Where(m => m.User is not null && m.Organization is not null)
                .Select(m => $"{m.User} in {m.Organization}")
                .Order()
                .ToList();
            memberships.ShouldBe(["su-1 in sa-1", "su-3 in sa-2"], "su-2 joined sa-1 and left it again");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ProcessResult> WriteAsync(SimulatorHost simulator, string folder, CancellationToken ct)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "target-zendesk.json.example")))!.AsObject();
        config.Remove("subdomain");
        config["base_url"] = simulator.BaseUrl;
        config["client_id"] = simulator.Options.ClientId;
        config["client_secret"] = simulator.Options.ClientSecret;
        config["rejects_file"] = Path.Combine(folder, "rejects.jsonl");
        config["remove_users_from_organizations"] = true;
        config["request_budgets"] = false;

        // Small rounds, so that the file's three STATEs each follow a confirmed round.
        config["round_size"] = 3;
        var path = Path.Combine(folder, "target-zendesk.json");
        await File.WriteAllTextAsync(path, config.ToJsonString(), ct);

        // Fed through the shell, as a user pipes a file in.
        var command = $"exec \"{Programs.DotnetHost}\" \"{RepositoryLayout.DestinationDll}\" --config \"{path}\" < \"{Calls}\"";
        return await Programs.RunAsync(Programs.Command("/bin/sh", ["-c", command], folder), ct);
    }

    private static async Task<List<(string Stream, JsonObject Record)>> ReadBackAsync(SimulatorHost simulator, string folder, CancellationToken ct)
    {
        var config = Path.Combine(folder, "tap.json");
        await File.WriteAllTextAsync(
            config,
            new JsonObject
            {
                ["base_url"] = simulator.BaseUrl,
                ["email"] = simulator.Credentials.Email,
                ["api_token"] = simulator.Credentials.ApiToken,
                ["start_date"] = "2000-01-01T00:00:00Z",
                ["request_budgets"] = false,
            }.ToJsonString(),
            ct);
        var result = await Programs.RunAsync(Programs.Dll(RepositoryLayout.TapDll, ["--config", config], folder), ct);
        result.ExitCode.ShouldBe(0, result.Describe());
        return [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Where(m => m["type"]!.GetValue<string>() == "RECORD")
            .Select(m => (m["stream"]!.GetValue<string>(), m["record"]!.AsObject()))];
    }
}
