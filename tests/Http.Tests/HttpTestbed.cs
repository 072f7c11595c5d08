namespace Zendesk.Singer.Http.Tests;

/// <summary>A scripted server, fake time, a captured log and a client wired to them.</summary>
public sealed class HttpTestbed : IAsyncDisposable
{
    public const string Email = "agent@example.com";
    public const string ApiToken = "apitok-7Hq2ZxV9pLm4";

    private HttpTestbed(RecordingClock clock, ScriptedZendesk server, StringWriter logText, TextLog log, ZendeskClient client)
    {
        Clock = clock;
        Server = server;
        LogText = logText;
        Log = log;
        Client = client;
    }

    public RecordingClock Clock { get; }

    public ScriptedZendesk Server { get; }

    public StringWriter LogText { get; }

    internal TextLog Log { get; }

    internal ZendeskClient Client { get; }

    internal static async Task<HttpTestbed> StartAsync(Func<ZendeskClientOptions, ZendeskClientOptions>? configure = null)
    {
        var clock = new RecordingClock();
        var server = await ScriptedZendesk.StartAsync(clock);
        var logText = new StringWriter();
        var log = new TextLog(logText);
        var options = new ZendeskClientOptions
        {
            BaseUri = server.BaseUri,
            Email = Email,
            ApiToken = ApiToken,
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
        options = configure?.Invoke(options) ?? options;
        return new HttpTestbed(clock, server, logText, log, new ZendeskClient(options, log, clock));
    }

    /// <summary>A client of an address where nothing listens, on its own fake clock, trying each request three times.</summary>
    internal static ZendeskClient Unreachable(RecordingClock clock, TextWriter log) => new(
        new ZendeskClientOptions { BaseUri = new Uri($"http://127.0.0.1:{FreePort.Next()}"), Email = Email, ApiToken = ApiToken, MaxTries = 3 },
        new TextLog(log),
        clock);

    internal Task<string> GetTextAsync(string url, RequestBudget budget = RequestBudget.Core) => GetTextAsync(url, budget, CancellationToken.None);

    internal async Task<string> GetTextAsync(string url, RequestBudget budget, CancellationToken ct)
    {
        using var document = await Client.GetJsonAsync(url, budget, ct);
        return document.RootElement.GetRawText();
    }

    /// <summary>
    /// Advances fake time in one-second steps while no request is in flight and the client waits on the
    /// clock (a backoff, a pause), until the task ends: between an answer and the wait that follows it no
    /// fake time passes, however slow the machine is.
    /// </summary>
    internal Task<T> RunAsync<T>(Task<T> task) => Clock.RunQuietlyAsync(task, TimeSpan.FromSeconds(1), () => Client.Budgets.Core.InFlight == 0 && Clock.SomethingWaits);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await LogText.DisposeAsync();
    }
}
