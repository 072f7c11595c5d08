using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zendesk.Simulator.Hosting;

/// <summary>
/// The credentials the account accepts: an API token for the owner's email, and an OAuth access
/// token with its refresh token. Refreshing issues a new pair and revokes the old one, as Zendesk does.
/// </summary>
internal sealed class SimulatorCredentials
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan? _configuredLifetime;
    private DateTimeOffset? _expiresAt;
    private int _generation;

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
    }

    public string Email { get; }

    public string ApiToken { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string Scopes { get; set; }

    public string AccessToken { get; private set; }

    public string RefreshToken { get; private set; }

    /// <summary>The Authorization header value for the API token.</summary>
    public string BasicHeader => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}/token:{ApiToken}"));

    /// <summary>The Authorization header value for the current OAuth access token.</summary>
    public string BearerHeader => "Bearer " + AccessToken;

    public bool CheckApiToken(string user, string secret) =>
        string.Equals(user, Email + "/token", StringComparison.OrdinalIgnoreCase) && FixedEquals(secret, ApiToken);

    /// <summary>Null when the token is valid; otherwise "invalid" or "expired".</summary>
    public string? CheckAccessToken(string token)
    {
        lock (_gate)
        {
            if (!FixedEquals(token, AccessToken))
            {
                return "invalid";
            }

            return _expiresAt is { } expiry && _clock.GetUtcNow() >= expiry ? "expired" : null;
        }
    }

    /// <summary>Makes the current access token expired at once, so the next request must refresh.</summary>
    public void ExpireAccessToken()
    {
        lock (_gate)
        {
            _expiresAt = _clock.GetUtcNow();
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
