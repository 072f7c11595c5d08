using System.Text.Json.Nodes;

namespace Zendesk.Singer.Http;

/// <summary>
/// Writes a rotated token pair back into the config file it came from, as singer-io's tap-zendesk does:
/// the other keys stay as they were, and so does the file's mode. Only for configs a person keeps;
/// a config written afresh for every run (Meltano's) needs a token file instead.
/// </summary>
internal sealed class ConfigFileTokens(string path) : ITokenKeeper
{
    public string Where => $"the config file '{path}'";

    public async Task KeepAsync(OAuthTokens tokens, CancellationToken cancellationToken)
    {
        JsonObject config;
        await using (var stream = File.OpenRead(path))
        {
            config = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject
                ?? throw new InvalidDataException($"the config file '{path}' is no longer a JSON object");
        }

        config["access_token"] = tokens.AccessToken;
        if (tokens.RefreshToken is not null)
        {
            config["refresh_token"] = tokens.RefreshToken;
        }

        var mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
        await FileReplacement.WriteAsync(path, config, mode, cancellationToken);
    }
}
