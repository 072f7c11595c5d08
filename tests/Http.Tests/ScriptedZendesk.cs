using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Zendesk.Singer.Http.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 whose answers a test scripts one by one (then a fallback), for the
/// cases the client must get exactly right: each status, each fault, each header.
/// </summary>
public sealed class ScriptedZendesk : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<SeenRequest> _seen = new();

    private ScriptedZendesk(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<SeenRequest> Requests => [.. _seen];

    /// <summary>Answers requests once the script is used up.</summary>
    public Func<HttpContext, Task> Fallback { get; set; } = Json(200, """{"ok":true}""");

    /// <summary>Starts on a free port; with <paramref name="certificate"/>, over TLS with that (untrusted) certificate.</summary>
    public static async Task<ScriptedZendesk> StartAsync(TimeProvider clock, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var server = new ScriptedZendesk(app, clock);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUri = new Uri(address);
        return server;
    }

    public ScriptedZendesk Then(Func<HttpContext, Task> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public ScriptedZendesk Then(int times, Func<HttpContext, Task> step)
    {
        for (var i = 0; i < times; i++)
        {
            _script.Enqueue(step);
        }

        return this;
    }

    public static Func<HttpContext, Task> Json(int status, string body, params (string Name, string Value)[] headers) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(body, context.RequestAborted);
    };

    public static Func<HttpContext, Task> Gzip(string body) => async context =>
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.ContentEncoding = "gzip";
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(body));
        }

        await context.Response.Body.WriteAsync(packed.ToArray(), context.RequestAborted);
    };

    /// <summary>Closes the connection without an answer.</summary>
    public static Task Drop(HttpContext context)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    /// <summary>Announces the whole body, sends part of it, then closes the connection.</summary>
    public static Func<HttpContext, Task> Truncated(string body) => async context =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        context.Abort();
    };

    /// <summary>Never answers; ends when the client gives up on the request.</summary>
    public static async Task Hang(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client timed out and closed the connection, as it should.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers;
        _seen.Enqueue(new SeenRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            headers.Authorization.FirstOrDefault(),
            headers.UserAgent.FirstOrDefault(),
            headers.Accept.FirstOrDefault(),
            headers.AcceptEncoding.FirstOrDefault(),
            body,
            _clock.GetUtcNow()));
        var step = _script.TryDequeue(out var next) ? next : Fallback;
        await step(context);
    }
}
