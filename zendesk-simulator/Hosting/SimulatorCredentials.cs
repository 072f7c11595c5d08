using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zendesk.Simulator.Hosting;

/// <summary>
/// The credentials the account accepts: an API token for the owner's email, an OAuth access token
/// with its refresh token, and the access tokens the client_credentials grant issues. Refreshing
/// issues a new pair and deletes the old one, as Zendesk does.
/// </summary>
internal sealed class SimulatorCredentials
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan? _configuredLifetime;

    // Each grant adds a token and leaves the earlier ones working until they expire: nothing in
    // Zendesk's description of the grant says a new token revokes the others, and clients that run
    // side by side with one OAuth client must not sign each other out.
    private readonly Dictionary<string, ClientToken> _clientTokens = new(StringComparer.Ordinal);
    private DateTimeOffset? _expiresAt;
    private int _generation;
    private int _clientGeneration;

    public SimulatorCredentials(SimulatorOptions options, TimeProvider clock)
    {
        _clock = clock;
        Email = options.Email;
        ApiToken = options.ApiToken;
        ClientId = options.ClientId;
        ClientSecret = options.ClientSecret;
        Scopes = options.OAuthScopes;
        AccessToken = options.AccessToken;
        RefreshToken = options.RefreshToken;
        _configuredLifetime = options.AccessTokenLifetime;
        _expiresAt = clock.GetUtcNow() + options.AccessTokenLifetime;
        ClientTokenLifetime = options.ClientTokenLifetime;
    }

    public string Email { get; }

    public string ApiToken { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>Scopes of the refresh-token pair's access token, space separated.</summary>
    public string Scopes { get; set; }

    /// <summary>How long a client_credentials token lasts when the request asks for no less.</summary>
    public TimeSpan ClientTokenLifetime { get; }

    public string AccessToken { get; private set; }

    public string RefreshToken { get; private set; }

    /// <summary>The Authorization header value for the API token.</summary>
    public string BasicHeader => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}/token:{ApiToken}"));

    /// <summary>The Authorization header value for the current OAuth access token.</summary>
    public string BearerHeader => "Bearer " + AccessToken;

    public bool CheckApiToken(string user, string secret) =>
        string.Equals(user, Email + "/token", StringComparison.OrdinalIgnoreCase) && FixedEquals(secret, ApiToken);

    /// <summary>The scopes a bearer token grants, or null when it is unknown, expired or revoked.</summary>
    public string? GrantedScopes(string token)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (FixedEquals(token, AccessToken))
            {
                return _expiresAt is { } expiry && now >= expiry ? null : Scopes;
            }

            return _clientTokens.TryGetValue(token, out var issued) && now < issued.ExpiresAt ? issued.Scope : null;
        }
    }

    /// <summary>
    /// Makes every access token expired at once (the refresh pair's and every client_credentials
    /// one), so the next request must refresh or ask for a new token.
    /// </summary>
    public void ExpireAccessToken()
    {
        lock (_gate)
        {
            _expiresAt = _clock.GetUtcNow();

            // An expired token and a deleted one get the same answer, so there is nothing to keep.
            _clientTokens.Clear();
        }
    }

    /// <summary>Whether a client_credentials request names the account's OAuth client with its secret.</summary>
    public bool CheckClient(string? clientId, string? clientSecret) =>
        clientId is not null && clientSecret is not null && clientId == ClientId && FixedEquals(clientSecret, ClientSecret);

    /// <summary>The client_credentials grant: a new access token with <paramref name="scope"/> that lasts <paramref name="lifetime"/>.</summary>
    public ClientToken IssueClientToken(string scope, TimeSpan lifetime)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            foreach (var expired in _clientTokens.Where(p => now >= p.Value.ExpiresAt).Select(p => p.Key).ToList())
            {
                _clientTokens.Remove(expired);
            }

            _clientGeneration++;
            var suffix = _clientGeneration.ToString(CultureInfo.InvariantCulture);
            var token = new ClientToken($"sim-oauth-client-{suffix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}", scope, now + lifetime);
            _clientTokens.Add(token.AccessToken, token);
            return token;
        }
    }

    /// <summary>The refresh_token grant: a new access and refresh token, or null when the grant is refused.</summary>
    public (string Access, string Refresh, long ExpiresIn)? Refresh(string? refreshToken, string? clientId, string? clientSecret, long? expiresIn)
    {
        lock (_gate)
        {
            if (refreshToken is null || !FixedEquals(refreshToken, RefreshToken)
                || (clientId is not null && clientId != ClientId)
                || (clientSecret is not null && !FixedEquals(clientSecret, ClientSecret)))
            {
                return null;
            }

            _generation++;
            var suffix = _generation.ToString(CultureInfo.InvariantCulture);
            AccessToken = $"sim-oauth-access-{suffix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
            RefreshToken = $"sim-oauth-refresh-{suffix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
            var lifetime = expiresIn is { } seconds ? TimeSpan.FromSeconds(seconds) : _configuredLifetime;
            _expiresAt = _clock.GetUtcNow() + lifetime;
            return (AccessToken, RefreshToken, (long)(lifetime?.TotalSeconds ?? 172800));
        }
    }

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
