using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Protocol.Cli;

internal static class LogFormats
{
    /// <summary>The value of <c>--log-format</c>; anything but text or json is a usage error.</summary>
    public static LogFormat Parse(string? format) => format switch
    {
        null or "text" => LogFormat.Text,
        "json" => LogFormat.Json,
        _ => throw new ConfigurationException($"--log-format must be text or json, not \"{format}\""),
    };
}
