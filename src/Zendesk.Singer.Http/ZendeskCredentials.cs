using System.Net.Http.Headers;
using System.Text;

namespace Zendesk.Singer.Http;

/// <summary>
/// The Authorization header of the run and every secret it derives from. A new OAuth token swaps the
/// header; requests compare the header they sent with <see cref="Current"/> to know whether someone
/// already renewed it. With the client-credentials grant there is no header until the first token;
/// with a refresh token whose access token's expiry is unknown, the pair is renewed before the first
/// request, so that no request goes out with a token that may have expired, and the expiry is known.
/// </summary>
internal sealed class ZendeskCredentials
{
    private readonly IClientLog _log;
    private readonly Lock _gate = new();
    private AuthenticationHeaderValue? _current;
    private string? _refreshToken;
    private DateTimeOffset? _renewAt;

    public ZendeskCredentials(ZendeskClientOptions options, IClientLog log)
    {
        _log = log;
        if (!string.IsNullOrEmpty(options.AccessToken))
        {
            _current = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        }
        else if (!string.IsNullOrEmpty(options.Email) && !string.IsNullOrEmpty(options.ApiToken))
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Email}/token:{options.ApiToken}"));
            _current = new AuthenticationHeaderValue("Basic", basic);
            AddSecret(basic);
        }
        else if (options.Grant == OAuthGrant.None)
        {
            throw new ArgumentException("Zendesk credentials need a client id and secret, an access_token, or an email and an api_token.", nameof(options));
        }

        _refreshToken = options.RefreshToken;
        _renewAt = options.AccessTokenExpiresAt is { } expiry ? RenewalTime(expiry, options.TokenLifetime)
            : options.Grant == OAuthGrant.RefreshToken ? DateTimeOffset.MinValue
            : null;
        AddSecret(options.ApiToken);
        AddSecret(options.AccessToken);
        AddSecret(options.RefreshToken);
        AddSecret(options.ClientSecret);
    }

    /// <summary>The header to send, or null before the first token of the client-credentials grant.</summary>
    public AuthenticationHeaderValue? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public string? RefreshToken
    {
        get
        {
            lock (_gate)
            {
                return _refreshToken;
            }
        }
    }

    /// <summary>When the access token should be renewed, if its expiry is known.</summary>
    public DateTimeOffset? RenewAt
    {
        get
        {
            lock (_gate)
            {
                return _renewAt;
            }
        }
    }

    /// <param name="issuedAt">When Zendesk issued the tokens, for their lifetime.</param>
    public void Replace(OAuthTokens tokens, DateTimeOffset issuedAt)
    {
        AddSecret(tokens.AccessToken);
        AddSecret(tokens.RefreshToken);
        lock (_gate)
        {
            _current = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
            _refreshToken = tokens.RefreshToken ?? _refreshToken;
            _renewAt = tokens.ExpiresAt is { } expiry ? RenewalTime(expiry, expiry - issuedAt) : null;
        }
    }

    /// <summary>Removes every known secret from a text that may echo one (Zendesk's error bodies, exception messages).</summary>
    public string Scrub(string text) => _log.Redact(text);

    private void AddSecret(string? secret) => _log.AddSecret(secret);

    /// <summary>
    /// A quarter of the token's life before it ends, and at most five minutes: a request sent with the
    /// old token still arrives (and is retried, and reads its last page) well before it expires.
    /// </summary>
    private static DateTimeOffset RenewalTime(DateTimeOffset expiry, TimeSpan lifetime) =>
        expiry - TimeSpan.FromTicks(Math.Clamp(lifetime.Ticks / 4, 0, 5 * TimeSpan.TicksPerMinute));
}
