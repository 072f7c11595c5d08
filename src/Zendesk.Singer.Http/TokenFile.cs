using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Http;

/// <summary>
/// A file of its own for the OAuth token pair: created readable by its owner only, replaced whole (a
/// reader sees the old pair or the new, never half of one), and read by the next run in preference to
/// the tokens of the config file.
/// </summary>
internal sealed class TokenFile(string path) : ITokenKeeper
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Where => $"the token file '{path}'";

    /// <summary>The pair the file holds, or null when there is no file yet.</summary>
    /// <exception cref="InvalidDataException">The file is there but holds no access token.</exception>
    public OAuthTokens? Read()
    {
        if (!File.Exists(path))
        {
            return null;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException)
        {
            root = null;
        }

        if (root is not JsonObject tokens || Text(tokens, "access_token") is not { } access)
        {
            throw new InvalidDataException($"the token file '{path}' holds no \"access_token\"; delete it to start again from the config's credentials");
        }

        var expiresAt = Text(tokens, "expires_at") is { } at && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
        return new OAuthTokens(access, Text(tokens, "refresh_token"), expiresAt);
    }

    public Task KeepAsync(OAuthTokens tokens, CancellationToken cancellationToken)
    {
        var content = new JsonObject
        {
            ["access_token"] = tokens.AccessToken,
            ["refresh_token"] = tokens.RefreshToken,
            ["expires_at"] = tokens.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        return FileReplacement.WriteAsync(path, content, OwnerOnly, cancellationToken);
    }

    private static string? Text(JsonObject tokens, string key) =>
        tokens[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
