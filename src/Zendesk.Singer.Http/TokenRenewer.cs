using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Zendesk.Singer.Http;

/// <summary>
/// Obtains the run's OAuth access tokens (<c>POST /oauth/tokens</c>): with the client-credentials grant,
/// or by trading the refresh token for a new pair. A token is renewed shortly before it expires (its
/// lifetime is asked for, so that Zendesk says it) and once on a 401. Concurrent requests share one
/// renewal, which takes a permit of the core budget like any request. A grant is never retried: a
/// refresh that reached Zendesk may already have deleted the old pair.
/// </summary>
internal sealed class TokenRenewer(
    HttpClient http,
    ZendeskUrls urls,
    ZendeskCredentials credentials,
    RequestBudgets budgets,
    ZendeskClientOptions options,
    IClientLog log,
    TimeProvider time)
{
    private const string Endpoint = "/oauth/tokens";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Whether the next request should wait for a new token: there is none yet, or the current one is about to expire.</summary>
    public bool Due => credentials.Current is null || (credentials.RenewAt is { } at && time.GetUtcNow() >= at);

    /// <summary>Renews, unless another request already replaced the credentials <paramref name="sent"/> (or found).</summary>
    /// <exception cref="OAuthGrantRefusedException">Zendesk refused the grant.</exception>
    public async Task RenewAsync(AuthenticationHeaderValue? sent, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!ReferenceEquals(credentials.Current, sent))
            {
                return;
            }

            var issuedAt = time.GetUtcNow();
            var tokens = await RequestTokensAsync(issuedAt, ct);
            if (tokens.RefreshToken is not null && options.TokenKeeper is { } keeper)
            {
                await KeepAsync(keeper, tokens, ct);
            }

            credentials.Replace(tokens, issuedAt);
            var lifetime = tokens.ExpiresAt is { } expiry ? ", valid for " + Duration(expiry - issuedAt) : string.Empty;
            log.Info(options.Grant == OAuthGrant.ClientCredentials ? $"signed in with the OAuth client credentials{lifetime}" : $"refreshed the OAuth access token{lifetime}");
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string Duration(TimeSpan span) => span < TimeSpan.FromMinutes(2)
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min");

    /// <summary>
    /// Keeps the new pair before it is used. If it cannot be kept the run still goes on with it (the old
    /// pair is gone either way), and says that the next run needs a new sign-in.
    /// </summary>
    private async Task KeepAsync(ITokenKeeper keeper, OAuthTokens tokens, CancellationToken ct)
    {
        try
        {
            await keeper.KeepAsync(tokens, ct);
            log.Info($"the new OAuth token pair is kept in {keeper.Where} for the next run");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            log.Warn($"the new OAuth token pair could not be kept in {keeper.Where} ({credentials.Scrub(e.Message)}); Zendesk has deleted the old pair, so the next run needs a new access_token and refresh_token");
        }
    }

    private async Task<OAuthTokens> RequestTokensAsync(DateTimeOffset issuedAt, CancellationToken ct)
    {
        using var lease = await budgets.Core.AcquireAsync(1, ct);
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, urls.Resolve(Endpoint)) { Content = TokenRequest() };
        Interlocked.Increment(ref _requests);
        try
        {
            using var response = await http.SendAsync(request, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw Refused((int)response.StatusCode, ZendeskErrorText.From(body) is { } found ? credentials.Scrub(found) : null);
            }

            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("access_token", out var access)
                || access.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(access.GetString()))
            {
                throw new ZendeskException($"Zendesk's answer to the OAuth token request at {urls.Host} has no access_token.", Endpoint, (int)response.StatusCode);
            }

            var refresh = root.TryGetProperty("refresh_token", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var expiresAt = root.TryGetProperty("expires_in", out var e) && e.TryGetInt64(out var seconds) && seconds > 0 ? issuedAt.AddSeconds(seconds) : (DateTimeOffset?)null;
            return new OAuthTokens(access.GetString()!, refresh, expiresAt);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is HttpRequestException or IOException or JsonException or OperationCanceledException)
        {
            var reason = timeout.IsCancellationRequested ? $"no answer within {options.RequestTimeout.TotalSeconds:0} s" : credentials.Scrub(e.Message);
            throw new ZendeskException($"The OAuth token request at {urls.Host} failed: {reason}", Endpoint, innerException: e);
        }
    }

    private OAuthGrantRefusedException Refused(int status, string? text)
    {
        var said = text is null ? string.Empty : $" ({text})";
        var message = options.Grant == OAuthGrant.ClientCredentials
            ? $"Zendesk refused the OAuth client credentials (HTTP {status}) at {urls.Host}{said}: check client_id and client_secret, and that the OAuth client may have the scope \"{options.Scope}\"."
            : $"Zendesk refused to refresh the OAuth access token (HTTP {status}) at {urls.Host}{said}: the refresh token in {options.TokenKeeper?.Where ?? "the config"} is no longer valid (or client_id and client_secret are wrong); sign in again and put the new access_token and refresh_token there.";
        return new OAuthGrantRefusedException(message, Endpoint, status, text);
    }

    private ByteArrayContent TokenRequest()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (options.Grant == OAuthGrant.ClientCredentials)
            {
                json.WriteString("grant_type", "client_credentials");
                json.WriteString("scope", options.Scope);
            }
            else
            {
                json.WriteString("grant_type", "refresh_token");
                json.WriteString("refresh_token", credentials.RefreshToken);
            }

            json.WriteString("client_id", options.ClientId);
            json.WriteString("client_secret", options.ClientSecret);
            json.WriteNumber("expires_in", (long)options.TokenLifetime.TotalSeconds);
            json.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
