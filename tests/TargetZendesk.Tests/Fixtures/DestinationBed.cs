using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Destination.Cli;

namespace Zendesk.Singer.Destination.Tests.Fixtures;

/// <summary>A simulated account, a folder for the config and the rejects file, and the target run in process against them.</summary>
internal sealed class DestinationBed : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private DestinationBed(SimulatorHost simulator, DirectoryInfo folder)
    {
        Simulator = simulator;
        _folder = folder;
        Api = new HttpClient { BaseAddress = new Uri(simulator.BaseUrl) };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.Options.AccessToken);
        Config = new JsonObject
        {
            ["base_url"] = simulator.BaseUrl,
            ["client_id"] = simulator.Options.ClientId,
            ["client_secret"] = simulator.Options.ClientSecret,
            ["rejects_file"] = RejectsPath,
            ["request_budgets"] = false,
            ["events"] = new JsonArray("Signed Up", "Order Completed"),
        };
    }

    public SimulatorHost Simulator { get; }

    /// <summary>The account read back through its API, as any client would.</summary>
    public HttpClient Api { get; }

    /// <summary>The config of the next run; tests change it before running.</summary>
    public JsonObject Config { get; }

    public string RejectsPath => Path.Combine(_folder.FullName, "rejects.jsonl");

    public static async Task<DestinationBed> StartAsync(Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { Tickets = 5, Seed = 42, RateLimits = false };
        var simulator = await SimulatorHost.StartAsync(configure?.Invoke(options) ?? options, CancellationToken.None);
        return new DestinationBed(simulator, Directory.CreateTempSubdirectory("target-zendesk-"));
    }

    /// <summary>Runs the target on these input lines (Singer messages) with <see cref="Config"/>.</summary>
    public Task<DestinationOutput> RunAsync(params string[] lines) => RunAsync(lines, [], CancellationToken.None);

    public async Task<DestinationOutput> RunAsync(IEnumerable<string> lines, string[] extraArguments, CancellationToken ct)
    {
        var config = Path.Combine(_folder.FullName, "config.json");
        await File.WriteAllTextAsync(config, Config.ToJsonString(), ct);
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        using var stdout = new MemoryStream();
        await using var stderr = new StringWriter();
        var code = await TargetCommandLine.RunAsync(["--config", config, .. extraArguments], new DestinationRuntime(stdin, stdout, stderr, TimeProvider.System), ct);
        return new DestinationOutput(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString(), ReadRejects());
    }

    public async Task<JsonObject> GetAsync(string path)
    {
        var text = await Api.GetStringAsync(path);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The user with this external id, or null.</summary>
    public async Task<JsonObject?> UserAsync(string externalId)
    {
        var users = (await GetAsync($"/api/v2/users/show_many?external_ids={Uri.EscapeDataString(externalId)}"))["users"]!.AsArray();
        return users.Count == 0 ? null : users[0]!.AsObject();
    }

    /// <summary>The organization with this external id, or null.</summary>
    public async Task<JsonObject?> OrganizationAsync(string externalId)
    {
        var organizations = (await GetAsync($"/api/v2/organizations/show_many?external_ids={Uri.EscapeDataString(externalId)}"))["organizations"]!.AsArray();
        return organizations.Count == 0 ? null : organizations[0]!.AsObject();
    }

    /// <summary>The ids of the organizations the user belongs to.</summary>
    public async Task<IReadOnlyList<long>> MembershipsAsync(long userId) =>
        [.. (await GetAsync($"/api/v2/users/{userId}/organization_memberships"))["organization_memberships"]!.AsArray().Select(m => m!["organization_id"]!.GetValue<long>())];

    /// <summary>The profile events recorded for the user with this external id.</summary>
    public async Task<IReadOnlyList<JsonObject>> EventsAsync(long userId) =>
        [.. (await GetAsync($"/api/v2/users/{userId}/events"))["events"]!.AsArray().Select(e => e!.AsObject())];

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Simulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    private List<JsonObject> ReadRejects() =>
        File.Exists(RejectsPath) ? [.. File.ReadAllLines(RejectsPath).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject())] : [];
}
