using System.Net.Http.Headers;
using System.Text.Json;

namespace Zendesk.Singer.Http;

/// <summary>
/// Exchanges the refresh token for a new token pair (<c>POST /oauth/tokens</c>,
/// <c>grant_type=refresh_token</c>). Zendesk deletes the old pair on success, so concurrent 401s share
/// one refresh, and the refresh itself is never retried.
/// </summary>
internal sealed class OAuthRefresher(
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

    /// <summary>Refreshes unless another request already replaced the refused credentials.</summary>
    public async Task RefreshAsync(AuthenticationHeaderValue refused, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!ReferenceEquals(credentials.Current, refused))
            {
                return;
            }

            var (access, refresh) = await RequestTokensAsync(ct);
            credentials.Replace(access, refresh);
            log.Info("refreshed the OAuth access token");
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Access, string? Refresh)> RequestTokensAsync(CancellationToken ct)
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
                var text = ZendeskErrorText.From(body) is { } found ? credentials.Scrub(found) : null;
                throw new ZendeskAuthenticationException(
                    $"Zendesk refused to refresh the OAuth access token (HTTP {(int)response.StatusCode}) at {urls.Host}{(text is null ? string.Empty : $" ({text})")}: "
                    + "check refresh_token, client_id and client_secret in the config.",
                    Endpoint,
                    (int)response.StatusCode,
                    text);
            }

            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("access_token", out var access)
                || access.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(access.GetString()))
            {
                throw new ZendeskException($"Zendesk's answer to the OAuth refresh at {urls.Host} has no access_token.", Endpoint, (int)response.StatusCode);
            }

            var refresh = root.TryGetProperty("refresh_token", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return (access.GetString()!, refresh);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is HttpRequestException or IOException or JsonException or OperationCanceledException)
        {
            var reason = timeout.IsCancellationRequested ? $"no answer within {options.RequestTimeout.TotalSeconds:0} s" : credentials.Scrub(e.Message);
            throw new ZendeskException($"The OAuth refresh at {urls.Host} failed: {reason}", Endpoint, innerException: e);
        }
    }

    private ByteArrayContent TokenRequest()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("grant_type", "refresh_token");
            json.WriteString("refresh_token", credentials.RefreshToken);
            json.WriteString("client_id", options.ClientId);
            json.WriteString("client_secret", options.ClientSecret);
            json.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
