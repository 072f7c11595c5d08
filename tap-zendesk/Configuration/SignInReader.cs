using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Tap.Logging;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>
/// The sign-in part of the config: OAuth client credentials (recommended), an OAuth access token
/// (with a refresh token that rotates), or an API token. A token file kept by an earlier run wins over
/// the config's tokens, since the ones in the config were deleted by Zendesk when the pair rotated.
/// </summary>
internal static class SignInReader
{
    public static TapConfig Read(ConfigFile file, TapConfig config, TapLog log)
    {
        var tokenFile = NonEmpty(file, TapSettings.TokenFile);
        var accessToken = NonEmpty(file, TapSettings.AccessToken);
        var refreshToken = NonEmpty(file, TapSettings.RefreshToken);
        DateTimeOffset? expiresAt = null;
        if (tokenFile is not null && Kept(file, tokenFile) is { } kept)
        {
            log.AddSecret(kept.AccessToken);
            log.AddSecret(kept.RefreshToken);
            log.Info($"using the OAuth tokens kept in the token file '{tokenFile}'");
            (accessToken, refreshToken, expiresAt) = (kept.AccessToken, kept.RefreshToken ?? refreshToken, kept.ExpiresAt);
        }

        var email = NonEmpty(file, TapSettings.Email);
        var apiToken = NonEmpty(file, TapSettings.ApiToken);
        var clientId = NonEmpty(file, TapSettings.ClientId);
        var clientSecret = NonEmpty(file, TapSettings.ClientSecret);
        var client = clientId is not null || clientSecret is not null;
        if ((refreshToken is not null || (client && accessToken is null && apiToken is null)) && (clientId is null || clientSecret is null))
        {
            throw file.Missing(clientId is null ? TapSettings.ClientId : TapSettings.ClientSecret);
        }

        var oauth = accessToken is not null || refreshToken is not null || client;
        if (!oauth)
        {
            if (email is null && apiToken is null)
            {
                throw new ConfigurationException(
                    $"config file '{file.Path}': no credentials; set \"{TapSettings.ClientId}\" and \"{TapSettings.ClientSecret}\" (OAuth client credentials), "
                    + $"or \"{TapSettings.AccessToken}\" (OAuth), or \"{TapSettings.Email}\" and \"{TapSettings.ApiToken}\" (API tokens stop working on 2027-04-30)");
            }

            if (email is null || apiToken is null)
            {
                throw file.Missing(email is null ? TapSettings.Email : TapSettings.ApiToken);
            }

            log.Warn("Zendesk turns every API token off on 2027-04-30; sign in with an OAuth client instead (client_id and client_secret)");
        }
        else if (apiToken is not null)
        {
            log.Warn($"config file '{file.Path}' holds both OAuth and API token credentials; OAuth is used");
            apiToken = null;
        }

        return config with
        {
            AccessToken = accessToken,
            RefreshToken = refreshToken,
            AccessTokenExpiresAt = expiresAt,
            ClientId = clientId,
            ClientSecret = clientSecret,
            Scope = NonEmpty(file, TapSettings.Scope) ?? TapSettings.DefaultScope,
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
            throw new ConfigurationException($"config file '{file.Path}': \"{TapSettings.TokenFile}\": {e.Message}");
        }
    }

    private static string? NonEmpty(ConfigFile file, string key) => file.String(key) is { Length: > 0 } value ? value : null;
}
