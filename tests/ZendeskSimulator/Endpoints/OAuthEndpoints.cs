using System.Text.Json;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>POST /oauth/tokens with grant_type=refresh_token: a new access and refresh token, the old pair revoked.</summary>
internal static class OAuthEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        app.MapPost("/oauth/tokens", async context =>
        {
            var form = await ReadBody(context);
            form.TryGetValue("grant_type", out var grant);
            if (grant != "refresh_token")
            {
                await Responses.Raw(context, StatusCodes.Status400BadRequest, """{"error":"unsupported_grant_type","error_description":"The authorization grant type is not supported by the authorization server."}""");
                return;
            }

            long? expiresIn = form.TryGetValue("expires_in", out var text) && long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
            var issued = host.Credentials.Refresh(form.GetValueOrDefault("refresh_token"), form.GetValueOrDefault("client_id"), form.GetValueOrDefault("client_secret"), expiresIn);
            if (issued is not { } pair)
            {
                await Responses.Raw(context, StatusCodes.Status400BadRequest, ErrorBodies.InvalidGrant);
                return;
            }

            var body = JsonSerializer.Serialize(
                new OAuthTokenResponse(pair.Access, "bearer", host.Credentials.Scopes, pair.Refresh, pair.ExpiresIn, 30L * 86400),
                SimulatorJsonContext.Default.OAuthTokenResponse);
            await Responses.Raw(context, StatusCodes.Status200OK, body);
        }).WithMetadata(new EndpointInfo("POST /oauth/tokens"));
    }

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
            return document.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText(),
                StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
