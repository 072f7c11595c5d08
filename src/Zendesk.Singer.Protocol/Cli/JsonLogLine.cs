using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Protocol.Cli;

/// <summary>The keys every JSON log line starts with, so that one query reads the logs of both programs.</summary>
internal static class JsonLogLine
{
    /// <param name="level"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
    public static void Begin(Utf8JsonWriter json, DateTimeOffset time, string level, string message)
    {
        json.WriteStartObject();
        json.WriteString("time", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        json.WriteString("level", level);
        json.WriteString("message", message);
    }
}
