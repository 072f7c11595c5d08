using System.Text;
using Zendesk.Simulator.Faults;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Limits;

namespace Zendesk.Simulator.Http;

/// <summary>
/// What every API request goes through, in Zendesk's order: the request log, injected faults, the
/// account's existence, authentication and OAuth scope, the rate limits, plan gating, then the endpoint.
/// </summary>
internal sealed class ZendeskPipeline(SimulatorHost host)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/oauth/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var info = context.GetEndpoint()?.Metadata.GetMetadata<EndpointInfo>();
        var buckets = new List<string>(2);
        if (info?.Bucket != RateBucket.HelpCenter)
        {
            buckets.Add(RateBucket.Account);
        }

        if (info?.Bucket is { } bucket)
        {
            buckets.Add(bucket);
        }

        host.Requests.Record(info?.Name ?? $"{context.Request.Method} (unknown) {path}", buckets);
        FaultKind? cutOff = null;
        try
        {
            if (host.Faults.Take(context.Request.Method, path) is { } fault)
            {
                cutOff = fault.Kind is FaultKind.Drop or FaultKind.Truncate ? fault.Kind : null;
                if (await ApplyFault(context, fault, info, next))
                {
                    return;
                }
            }

            await Run(context, info, next);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await Responses.Raw(context, error.Status, error.Body);
        }
        finally
        {
            // A cut-off answer reached the client with no status (dropped) or with a body it cannot
            // read (truncated): counting it as the status set on the response would hide the fault.
            switch (cutOff)
            {
                case FaultKind.Drop:
                    host.Requests.RecordDropped();
                    break;
                case FaultKind.Truncate:
                    host.Requests.RecordTruncated();
                    break;
                default:
                    host.Requests.RecordStatus(context.Response.StatusCode);
                    break;
            }
        }
    }

    private async Task Run(HttpContext context, EndpointInfo? info, RequestDelegate next)
    {
        if (!host.Settings.AccountExists)
        {
            throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.NoHelpDesk(host.Options.Subdomain));
        }

        if (context.Request.Path.StartsWithSegments("/oauth", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        Authenticate(context, info);
        if (info is null)
        {
            throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.InvalidEndpoint);
        }

        var decision = host.Limiter.Check(info.Bucket);
        var headers = context.Response.Headers;
        headers["X-Rate-Limit"] = decision.AccountLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-Rate-Limit-Remaining"] = decision.AccountRemaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (info.List)
        {
            headers["ratelimit-limit"] = decision.AccountLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            headers["ratelimit-remaining"] = decision.AccountRemaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
            headers["ratelimit-reset"] = decision.AccountResetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (decision.Bucket is { } bucket)
        {
            headers["Zendesk-RateLimit-" + bucket] = $"total={decision.BucketLimit}; remaining={decision.BucketRemaining}; resets={decision.BucketResetSeconds}";
        }

        if (!decision.Allowed)
        {
            headers.RetryAfter = decision.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new ApiException(
                StatusCodes.Status429TooManyRequests,
                decision.RejectedBy switch
                {
                    RateBucket.Account => ErrorBodies.RateLimited,
                    RateBucket.IncrementalSample => ErrorBodies.ExportRateLimited(decision.BucketLimit, "20 minutes"),
                    _ => ErrorBodies.ExportRateLimited(decision.BucketLimit),
                });
        }

        if (info.Feature is { } feature && !PlanRules.Allows(host.Settings, feature))
        {
            throw new ApiException(StatusCodes.Status403Forbidden, ErrorBodies.PlanForbidden);
        }

        await next(context);
    }

    private void Authenticate(HttpContext context, EndpointInfo? info)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (host.Credentials.GrantedScopes(header[7..].Trim()) is not { } tokenScopes)
            {
                context.Response.Headers.WWWAuthenticate = ErrorBodies.InvalidTokenChallenge;
                throw new ApiException(StatusCodes.Status401Unauthorized, ErrorBodies.InvalidToken);
            }

            // Each token carries the scopes it was granted: the refresh pair's come from the
            // options, a client_credentials token's from the request that made it.
            var scopes = tokenScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var needed = info?.Write == true ? "write" : "read";
            var granted = scopes.Contains(needed, StringComparer.Ordinal)
                || (info?.Scope is { } resource && scopes.Contains(resource + ":" + needed, StringComparer.Ordinal));
            if (!granted)
            {
                throw new ApiException(StatusCodes.Status403Forbidden, info?.Write == true ? ErrorBodies.MissingWriteScope : ErrorBodies.MissingReadScope);
            }

            return;
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) && TryDecode(header[6..].Trim(), out var user, out var secret)
            && host.Credentials.CheckApiToken(user, secret))
        {
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Web Password\"";
        throw new ApiException(StatusCodes.Status401Unauthorized, ErrorBodies.Unauthorized);
    }

    private static bool TryDecode(string value, out string user, out string secret)
    {
        user = secret = string.Empty;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return false;
            }

            user = text[..colon];
            secret = text[(colon + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Applies a fault; true when the request ends here.</summary>
    private async Task<bool> ApplyFault(HttpContext context, FaultRule fault, EndpointInfo? info, RequestDelegate next)
    {
        if (fault.AfterEffect && fault.Kind is FaultKind.ServerError or FaultKind.Drop)
        {
            await Served(context, info, next);
        }

        switch (fault.Kind)
        {
            case FaultKind.RateLimit:
                context.Response.Headers.RetryAfter = (fault.RetryAfterSeconds ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Responses.Raw(context, StatusCodes.Status429TooManyRequests, ErrorBodies.RateLimited);
                return true;
            case FaultKind.ServerError:
                if (fault.RetryAfterSeconds is { } retry)
                {
                    context.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Responses.Raw(context, fault.Status, ErrorBodies.ServerError(fault.Status));
                return true;
            case FaultKind.Conflict:
                await Responses.Raw(context, StatusCodes.Status409Conflict, ErrorBodies.Conflict);
                return true;
            case FaultKind.Slow:
                await Task.Delay(fault.Delay, TimeProvider.System, context.RequestAborted);
                return false;
            case FaultKind.Drop:
                context.Abort();
                return true;
            case FaultKind.ExpireTokens:
                host.Credentials.ExpireAccessToken();
                return false;
            default:
                await Truncated(context, info, next);
                return true;
        }
    }

    // Serves the request into a buffer that is thrown away, with the headers it set: what reaches the
    // client is the fault alone, though the request had its effect.
    private async Task Served(HttpContext context, EndpointInfo? info, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await Run(context, info, next);
        }
        catch (ApiException)
        {
            // The request was refused; the fault answers in its place all the same.
        }
        finally
        {
            context.Response.Body = original;
        }

        context.Response.Headers.Clear();
        context.Response.ContentLength = null;
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task Truncated(HttpContext context, EndpointInfo? info, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await Run(context, info, next);
        }
        catch (ApiException error)
        {
            await Responses.Raw(context, error.Status, error.Body);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = buffer.ToArray();
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
        await original.FlushAsync(context.RequestAborted);
        context.Abort();
    }
}
