using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// POST /oauth/tokens with grant_type=refresh_token (a new access and refresh token, the old pair
/// deleted) or grant_type=client_credentials (a new access token alone, which cannot be refreshed).
/// </summary>
internal static class OAuthEndpoints
{
    private const string RefreshTokenGrant = "refresh_token";
    private const string ClientCredentialsGrant = "client_credentials";
    private const int MinRequestedSeconds = 300;

    public static void Map(WebApplication app, SimulatorHost host)
    {
        app.MapPost("/oauth/tokens", async context =>
        {
            var form = await ReadBody(context);
            var grant = form.GetValueOrDefault("grant_type");
            var (status, body) = grant switch
            {
                RefreshTokenGrant => Refresh(host, form),
                ClientCredentialsGrant => ClientCredentials(host, form),
                _ => (StatusCodes.Status400BadRequest, ErrorBodies.UnsupportedGrantType),
            };
            host.Requests.RecordToken(grant is RefreshTokenGrant or ClientCredentialsGrant ? grant : "unsupported", status == StatusCodes.Status200OK);
            await Responses.Raw(context, status, body);
        }).WithMetadata(new EndpointInfo("POST /oauth/tokens"));
    }

    private static (int Status, string Body) Refresh(SimulatorHost host, Dictionary<string, string?> form)
    {
        long? expiresIn = form.GetValueOrDefault("expires_in") is { } text && long.TryParse(text, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
        var issued = host.Credentials.Refresh(form.GetValueOrDefault("refresh_token"), form.GetValueOrDefault("client_id"), form.GetValueOrDefault("client_secret"), expiresIn);
        if (issued is not { } pair)
        {
            return (StatusCodes.Status400BadRequest, ErrorBodies.InvalidGrant);
        }

        var body = JsonSerializer.Serialize(
            new OAuthTokenResponse(pair.Access, "bearer", host.Credentials.Scopes, pair.Refresh, pair.ExpiresIn, 30L * 86400),
            SimulatorJsonContext.Default.OAuthTokenResponse);
        return (StatusCodes.Status200OK, body);
    }

    private static (int Status, string Body) ClientCredentials(SimulatorHost host, Dictionary<string, string?> form)
    {
        var credentials = host.Credentials;
        if (!credentials.CheckClient(form.GetValueOrDefault("client_id"), form.GetValueOrDefault("client_secret")))
        {
            return (StatusCodes.Status401Unauthorized, ErrorBodies.InvalidClient);
        }

        if (Scope(form.GetValueOrDefault("scope")) is not { } scope)
        {
            return (StatusCodes.Status400BadRequest, ErrorBodies.InvalidScope);
        }

        var lifetime = credentials.ClientTokenLifetime;
        long? requested = null;
        if (form.GetValueOrDefault("expires_in") is { } text)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < MinRequestedSeconds or > SimulatorOptions.MaxTokenLifetimeSeconds)
            {
                return (StatusCodes.Status400BadRequest, ErrorBodies.InvalidExpiresIn);
            }

            requested = seconds;
            lifetime = TimeSpan.FromSeconds(Math.Min(seconds, (long)lifetime.TotalSeconds));
        }

        var token = credentials.IssueClientToken(scope, lifetime);
        var body = JsonSerializer.Serialize(
            new ClientTokenResponse(token.AccessToken, "bearer", token.Scope, requested is null ? null : (long)lifetime.TotalSeconds),
            SimulatorJsonContext.Default.ClientTokenResponse);
        return (StatusCodes.Status200OK, body);
    }

    // Zendesk's description of the grant says a scope must be given, so a request without one is
    // refused rather than given a default: a client that leaves it out fails here as it would there.
    // The scopes are the broad ones (read, write, impersonate) and resource:read or resource:write.
    private static string? Scope(string? text)
    {
        var scopes = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return scopes.Length > 0 && scopes.All(Known) ? string.Join(' ', scopes.Distinct(StringComparer.Ordinal)) : null;
    }

    private static bool Known(string scope) =>
        scope is "read" or "write" or "impersonate"
        || (scope.Split(':') is [var resource, "read" or "write"] && resource.Length > 0 && resource.All(c => char.IsAsciiLetterLower(c) || c == '_'));

    private static async Task<Dictionary<string, string?>> ReadBody(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return form.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
            }

            return values;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
