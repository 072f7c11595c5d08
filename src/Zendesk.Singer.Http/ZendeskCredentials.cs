using System.Net.Http.Headers;
using System.Text;

namespace Zendesk.Singer.Http;

/// <summary>
/// The Authorization header of the run and every secret it derives from. An OAuth refresh swaps the
/// header; requests compare the header they sent with <see cref="Current"/> to know whether someone
/// already refreshed it.
/// </summary>
internal sealed class ZendeskCredentials
{
    private readonly IClientLog _log;
    private readonly Lock _gate = new();
    private readonly List<string> _secrets = [];
    private AuthenticationHeaderValue _current;
    private string? _refreshToken;

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
        else
        {
            throw new ArgumentException("Zendesk credentials need either an access_token or an email and an api_token.", nameof(options));
        }

        _refreshToken = options.RefreshToken;
        AddSecret(options.ApiToken);
        AddSecret(options.AccessToken);
        AddSecret(options.RefreshToken);
        AddSecret(options.ClientSecret);
    }

    public AuthenticationHeaderValue Current
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

    public void Replace(string accessToken, string? refreshToken)
    {
        AddSecret(accessToken);
        AddSecret(refreshToken);
        lock (_gate)
        {
            _current = new AuthenticationHeaderValue("Bearer", accessToken);
            _refreshToken = refreshToken ?? _refreshToken;
        }
    }

    /// <summary>Removes every known secret from a text that may echo one (Zendesk's error bodies, exception messages).</summary>
    public string Scrub(string text)
    {
        lock (_gate)
        {
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }

    private void AddSecret(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        _log.AddSecret(secret);
        if (secret.Length < 4)
        {
            // As in the log: shorter values would blank out ordinary words, and no real credential is that short.
            return;
        }

        lock (_gate)
        {
            // Longest first, so that a secret containing another is removed whole.
            _secrets.Add(secret);
            _secrets.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        }
    }
}
