using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Http.Tests;

/// <summary>A simulated account and a client on one fake clock: the simulator's rate limiter and the client's budgets, delays and timeouts all follow it.</summary>
public sealed class SimulatorTestbed : IAsyncDisposable
{
    private SimulatorTestbed(RecordingClock clock, SimulatorHost simulator, StringWriter logText, ZendeskClient client)
    {
        Clock = clock;
        Simulator = simulator;
        LogText = logText;
        Client = client;
    }

    public RecordingClock Clock { get; }

    public StringWriter LogText { get; }

    internal SimulatorHost Simulator { get; }

    internal ZendeskClient Client { get; }

    internal static async Task<SimulatorTestbed> StartAsync(
        Func<SimulatorOptions, SimulatorOptions>? simulator = null,
        Func<ZendeskClientOptions, ZendeskClientOptions>? client = null)
    {
        var clock = new RecordingClock();
        var simulatorOptions = new SimulatorOptions { Tickets = 40, LimiterTime = clock };
        var host = await SimulatorHost.StartAsync(simulator?.Invoke(simulatorOptions) ?? simulatorOptions, CancellationToken.None);
        var logText = new StringWriter();
        var options = new ZendeskClientOptions
        {
            BaseUri = new Uri(host.BaseUrl),
            Email = host.Credentials.Email,
            ApiToken = host.Credentials.ApiToken,
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
        options = client?.Invoke(options) ?? options;
        return new SimulatorTestbed(clock, host, logText, new ZendeskClient(options, new TextLog(logText), clock));
    }

    /// <summary>GETs and returns the raw JSON, advancing fake time while the client waits (and no request is in flight).</summary>
    internal async Task<string> GetTextAsync(string url, RequestBudget budget = RequestBudget.Core)
    {
        using var document = await RunAsync(Client.GetJsonAsync(url, budget, CancellationToken.None));
        return document.RootElement.GetRawText();
    }

    /// <summary>Advances fake time in one-second steps while no request is in flight, until the task ends.</summary>
    internal Task<T> RunAsync<T>(Task<T> task) => Clock.RunQuietlyAsync(task, TimeSpan.FromSeconds(1), () => Client.Budgets.Core.InFlight == 0);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
        await LogText.DisposeAsync();
    }
}
