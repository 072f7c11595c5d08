using System.Text.Json;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Connection;

/// <summary>
/// Reads the account and sign-in part of a config file: OAuth client credentials (recommended), an
/// OAuth access token (with a refresh token that rotates), or an API token. A token file kept by an
/// earlier run wins over the config's tokens, since the ones in the config were deleted by Zendesk when
/// the pair rotated. Every problem names the file and the key, never the value.
/// </summary>
internal static class ConnectionReader
{
    private const string ZendeskHostSuffix = ".zendesk.com";

    /// <summary>Registers the config's secrets with the log; done first, so that no later message can carry them.</summary>
    public static void RegisterSecrets(ConfigFile file, IClientLog log)
    {
        foreach (var key in ConnectionSettings.Secrets)
        {
            if (file.Element(key) is { ValueKind: JsonValueKind.String } secret)
            {
                log.AddSecret(secret.GetString());
            }
        }
    }

    public static ZendeskConnection Read(ConfigFile file, IClientLog log, string defaultScope)
    {
        RegisterSecrets(file, log);
        var subdomain = ReadSubdomain(file, log);
        var connection = new ZendeskConnection
        {
            Subdomain = subdomain,
            BaseUri = ReadBaseUri(file, subdomain),
            Scope = NonEmpty(file, ConnectionSettings.Scope) ?? defaultScope,
            RequestTimeout = TimeSpan.FromSeconds(file.Integer(ConnectionSettings.RequestTimeout, 1, 3600) ?? ConnectionSettings.DefaultRequestTimeoutSeconds),
            MaxRequestsPerMinute = ReadCoreBudget(file),
            RateLimitReserve = (int)(file.Integer(ConnectionSettings.RateLimitReserve, 0, 90) ?? ZendeskClientOptions.DefaultReservePercent),
            UserAgent = file.String(ConnectionSettings.UserAgent),
            BudgetsDisabled = file.Boolean(ConnectionSettings.RequestBudgets) == false,
            RequestMetrics = file.Boolean(ConnectionSettings.RequestMetrics) == true,
        };
        return SignIn(file, connection, log);
    }

    private static ZendeskConnection SignIn(ConfigFile file, ZendeskConnection connection, IClientLog log)
    {
        var tokenFile = NonEmpty(file, ConnectionSettings.TokenFile);
        var accessToken = NonEmpty(file, ConnectionSettings.AccessToken);
        var refreshToken = NonEmpty(file, ConnectionSettings.RefreshToken);
        DateTimeOffset? expiresAt = null;
        if (tokenFile is not null && Kept(file, tokenFile) is { } kept)
        {
            log.AddSecret(kept.AccessToken);
            log.AddSecret(kept.RefreshToken);
            log.Info($"using the OAuth tokens kept in the token file '{tokenFile}'");
            (accessToken, refreshToken, expiresAt) = (kept.AccessToken, kept.RefreshToken ?? refreshToken, kept.ExpiresAt);
        }

        var email = NonEmpty(file, ConnectionSettings.Email);
        var apiToken = NonEmpty(file, ConnectionSettings.ApiToken);
        var clientId = NonEmpty(file, ConnectionSettings.ClientId);
        var clientSecret = NonEmpty(file, ConnectionSettings.ClientSecret);
        var client = clientId is not null || clientSecret is not null;
        if ((refreshToken is not null || (client && accessToken is null && apiToken is null)) && (clientId is null || clientSecret is null))
        {
            throw file.Missing(clientId is null ? ConnectionSettings.ClientId : ConnectionSettings.ClientSecret);
        }

        var oauth = accessToken is not null || refreshToken is not null || client;
        if (!oauth)
        {
            if (email is null && apiToken is null)
            {
                throw new ConfigurationException(
                    $"config file '{file.Path}': no credentials; set \"{ConnectionSettings.ClientId}\" and \"{ConnectionSettings.ClientSecret}\" (OAuth client credentials), "
                    + $"or \"{ConnectionSettings.AccessToken}\" (OAuth), or \"{ConnectionSettings.Email}\" and \"{ConnectionSettings.ApiToken}\" (API tokens stop working on 2027-04-30)");
            }

            if (email is null || apiToken is null)
            {
                throw file.Missing(email is null ? ConnectionSettings.Email : ConnectionSettings.ApiToken);
            }

            log.Warn("Zendesk turns every API token off on 2027-04-30; sign in with an OAuth client instead (client_id and client_secret)");
        }
        else if (apiToken is not null)
        {
            log.Warn($"config file '{file.Path}' holds both OAuth and API token credentials; OAuth is used");
            apiToken = null;
        }

        return connection with
        {
            AccessToken = accessToken,
            RefreshToken = refreshToken,
            AccessTokenExpiresAt = expiresAt,
            ClientId = clientId,
            ClientSecret = clientSecret,
            TokenFile = tokenFile,
            ConfigPath = file.Path,
            Email = email,
            ApiToken = apiToken,
        };
    }

    private static OAuthTokens? Kept(ConfigFile file, string tokenFile)
    {
        try
        {
            return new TokenFile(tokenFile).Read();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"config file '{file.Path}': \"{ConnectionSettings.TokenFile}\": {e.Message}");
        }
    }

    private static string? ReadSubdomain(ConfigFile file, IClientLog log)
    {
        var given = file.String(ConnectionSettings.Subdomain)?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            return null;
        }

        var subdomain = given;
        if (subdomain.Contains("://", StringComparison.Ordinal))
        {
            subdomain = subdomain[(subdomain.IndexOf("://", StringComparison.Ordinal) + 3)..];
        }

        subdomain = subdomain.TrimEnd('/');
        if (subdomain.EndsWith(ZendeskHostSuffix, StringComparison.OrdinalIgnoreCase))
        {
            subdomain = subdomain[..^ZendeskHostSuffix.Length];
        }

        subdomain = subdomain.ToLowerInvariant();
        if (subdomain.Length == 0 || !subdomain.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ConfigurationException(
                $"config file '{file.Path}': \"{ConnectionSettings.Subdomain}\" must be the account's prefix, such as \"acme\" for acme.zendesk.com");
        }

        if (!string.Equals(subdomain, given, StringComparison.Ordinal))
        {
            log.Warn($"config file '{file.Path}': \"{ConnectionSettings.Subdomain}\" should be only the prefix; using \"{subdomain}\"");
        }

        return subdomain;
    }

    private static Uri ReadBaseUri(ConfigFile file, string? subdomain)
    {
        var text = file.String(ConnectionSettings.BaseUrl);
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (!Uri.TryCreate(text.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ConfigurationException($"config file '{file.Path}': \"{ConnectionSettings.BaseUrl}\" must be an absolute http or https URL");
            }

            return uri;
        }

        if (subdomain is null)
        {
            throw file.Missing(ConnectionSettings.Subdomain);
        }

        return new Uri($"https://{subdomain}{ZendeskHostSuffix}");
    }

    private static int? ReadCoreBudget(ConfigFile file)
    {
        if (file.Element(ConnectionSettings.MaxRequestsPerMinute) is { ValueKind: JsonValueKind.String } text
            && string.Equals(text.GetString(), "auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return file.Integer(ConnectionSettings.MaxRequestsPerMinute, 1, 100_000) is { } fixedBudget ? (int)fixedBudget : null;
        }
        catch (ConfigurationException)
        {
            throw new ConfigurationException(
                $"config file '{file.Path}': \"{ConnectionSettings.MaxRequestsPerMinute}\" must be an integer between 1 and 100000, or \"auto\"");
        }
    }

    private static string? NonEmpty(ConfigFile file, string key) => file.String(key) is { Length: > 0 } value ? value : null;
}
