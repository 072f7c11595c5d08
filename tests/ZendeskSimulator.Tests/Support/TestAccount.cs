using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>A simulator started for one test, with an HTTP client that sends the API token.</summary>
internal sealed class TestAccount : IAsyncDisposable
{
    private TestAccount(SimulatorHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
    }

    public SimulatorHost Host { get; }

    public HttpClient Http { get; }

    // Rate limits are off unless a test is about them: walking an export takes more than ten requests.
    // Jobs complete at their first read unless a test is about their timing.
    public static readonly SimulatorOptions Small = new() { Tickets = 300, Seed = 7, RateLimits = false, JobItemMilliseconds = 0 };

    public static async Task<TestAccount> Start(SimulatorOptions? options = null) =>
        new(await SimulatorHost.StartAsync(options ?? Small, CancellationToken.None));

    public Task<Reply> Get(string pathAndQuery, string? authorization = null) =>
        Send(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), authorization);

    public async Task<Reply> Send(HttpRequestMessage request, string? authorization = null)
    {
        // An empty authorization sends none; null sends the API token.
        authorization ??= Host.Credentials.BasicHeader;
        request.Headers.Authorization = authorization.Length == 0 ? null : AuthenticationHeaderValue.Parse(authorization);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length > 0 && (body[0] == '{' || body[0] == '[') ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return new Reply(response.StatusCode, body, json, response.Headers, response.Content.Headers);
    }

    public Task<Reply> Send(HttpMethod method, string path, string? json = null) =>
        Send(new HttpRequestMessage(method, path) { Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>Follows a link the simulator returned (an absolute URL) with the same credentials.</summary>
    public Task<Reply> Follow(string url) => Get(new Uri(url).PathAndQuery);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
