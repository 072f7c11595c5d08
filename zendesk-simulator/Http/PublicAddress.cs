using Zendesk.Simulator.Hosting;

namespace Zendesk.Simulator.Http;

/// <summary>
/// Makes the request carry the address the client called, which links and record urls are built
/// from: the configured public url when there is one, else what a TLS front reports in
/// X-Forwarded-Proto and X-Forwarded-Host, else the Host header the request came with.
/// </summary>
internal static class PublicAddress
{
    public static Task Apply(HttpContext context, RequestDelegate next, SimulatorSettings settings)
    {
        var request = context.Request;
        if (settings.PublicUrl is { } url)
        {
            request.Scheme = url.Scheme;
            request.Host = new HostString(url.Authority);
            request.PathBase = new PathString(url.AbsolutePath.TrimEnd('/'));
            return next(context);
        }

        if (First(request.Headers["X-Forwarded-Proto"]) is { } scheme && (scheme == Uri.UriSchemeHttps || scheme == Uri.UriSchemeHttp))
        {
            request.Scheme = scheme;
        }

        if (First(request.Headers["X-Forwarded-Host"]) is { } host)
        {
            request.Host = new HostString(host);
        }

        return next(context);
    }

    // A chain of proxies lists one value per hop; the first is what the client called.
    private static string? First(Microsoft.Extensions.Primitives.StringValues values)
    {
        var text = values.Count == 0 ? null : values[0];
        var first = text?.Split(',')[0].Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(first) ? null : first;
    }
}
