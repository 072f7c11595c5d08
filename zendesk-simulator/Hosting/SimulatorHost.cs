using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Endpoints;
using Zendesk.Simulator.Faults;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Jobs;
using Zendesk.Simulator.Limits;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Hosting;

/// <summary>
/// A running simulated Zendesk account on 127.0.0.1. Tests start one per fixture with
/// <see cref="StartAsync(SimulatorOptions, CancellationToken)"/>, point their client at
/// <see cref="BaseUrl"/>, change data through <see cref="Account"/> and switch
/// <see cref="Faults"/>, <see cref="Settings"/> and the <see cref="Clock"/>.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(SimulatorOptions options, Account account, WebApplication app, TimeSpan startup)
    {
        Options = options;
        Account = account;
        _app = app;
        StartupTime = startup;
        Settings = new SimulatorSettings(options);
        Credentials = new SimulatorCredentials(options, account.Clock);
        Limiter = new RateLimiter(Settings, options.LimiterTime ?? TimeProvider.System, options.TimeScale);
        Jobs = new JobQueue(options.Seed, new WorkClock(account.Clock, options.LimiterTime ?? TimeProvider.System, options.TimeScale), TimeSpan.FromMilliseconds(options.JobItemMilliseconds));
    }

    public SimulatorOptions Options { get; }

    public Account Account { get; }

    public SimulatedClock Clock => Account.Clock;

    public SimulatorSettings Settings { get; }

    public SimulatorCredentials Credentials { get; }

    public FaultSwitches Faults { get; } = new();

    public RequestLog Requests { get; } = new();

    public RateLimiter Limiter { get; }

    /// <summary>The background jobs of the bulk write endpoints (job_statuses).</summary>
    public JobQueue Jobs { get; }

    /// <summary>Where the simulator listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Which brand's help center a request reaches, by the port it came to.</summary>
    public required HelpCenterHosts HelpCenters { get; init; }

    /// <summary>How long generating the account took.</summary>
    public TimeSpan StartupTime { get; }

    public static Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancellationToken) =>
        StartAsync(options, url: null, cancellationToken);

    /// <summary>Starts on <paramref name="url"/> (e.g. http://127.0.0.1:8089), or on a free loopback port when null.</summary>
    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, string? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var clock = new SimulatedClock(options.ClockStart, options.ClockRunning);
        var account = AccountGenerator.Generate(options, clock);
        var startup = stopwatch.Elapsed;

        var helpCenters = new HelpCenterHosts(account);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (url is null)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                var uri = new Uri(url);
                kestrel.Listen(IPAddress.Parse(uri.Host == "localhost" ? "127.0.0.1" : uri.Host), uri.Port);
            }

            helpCenters.Listen(kestrel);
        });
        var app = builder.Build();
        var host = new SimulatorHost(options, account, app, startup) { HelpCenters = helpCenters };
        var pipeline = new ZendeskPipeline(host);
        app.Use((context, next) => PublicAddress.Apply(context, next, host.Settings));
        app.Use((context, next) => SimulatedDate(context, next, clock));
        app.Use(StripJsonSuffix);
        app.Use(AdminErrors);

        // Jobs run on their own: those whose time has come are done before any answer, so every reader sees them.
        app.Use((context, next) =>
        {
            host.Jobs.RunDue();
            return next(context);
        });
        app.UseRouting();
        app.Use(pipeline.InvokeAsync);
        ApiMap.Map(app, host);
        AdminEndpoints.Map(app, host);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        host.BaseUrl = addresses[0].Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        helpCenters.Bind(addresses, host.BaseUrl);
        return host;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Mutations refuse bad arguments with ArgumentException; the admin API answers those with a 400.
    private static async Task AdminErrors(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/__admin", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await Responses.Raw(context, error.Status, error.Body);
        }
        catch (ArgumentException error) when (!context.Response.HasStarted)
        {
            await Responses.Raw(context, StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue(error.Message));
        }
    }

    // The Date header tells the simulated time, as Zendesk's tells its own: clients that measure
    // "now" from the server's answers then agree with the exports' end_time.
    private static Task SimulatedDate(HttpContext context, RequestDelegate next, SimulatedClock clock)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Date = clock.Now.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    }

    // The .json suffix is optional on every Zendesk endpoint.
    private static Task StripJsonSuffix(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value;
        if (path is not null && path.EndsWith(".json", StringComparison.Ordinal))
        {
            context.Request.Path = new PathString(path[..^5]);
        }

        return next(context);
    }
}
