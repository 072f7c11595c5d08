using System.Globalization;

namespace Zendesk.Simulator.Time;

/// <summary>Zendesk's two time formats: epoch seconds and ISO 8601 with seconds and a Z.</summary>
internal static class Epoch
{
    public static string Iso(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseIso(string? text, out long seconds)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            seconds = value.ToUnixTimeSeconds();
            return true;
        }

        seconds = 0;
        return false;
    }
}
