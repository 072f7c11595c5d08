using System.Globalization;

namespace Zendesk.Simulator.Time;

/// <summary>Zendesk's two time formats: epoch seconds and ISO 8601 with seconds and a Z.</summary>
internal static class Epoch
{
    public static string Iso(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The length of <see cref="FormatIso"/>'s output.</summary>
    public const int IsoLength = 20;

    /// <summary>Writes <see cref="Iso"/>'s text as UTF-8 into <paramref name="into"/> (at least <see cref="IsoLength"/> bytes) without allocating.</summary>
    public static int FormatIso(long seconds, Span<byte> into)
    {
        DateTime.UnixEpoch.AddSeconds(seconds).TryFormat(into, out var written, "s", CultureInfo.InvariantCulture);
        into[written] = (byte)'Z';
        return written + 1;
    }

    /// <summary>Writes <see cref="Date"/>'s text as UTF-8 into <paramref name="into"/> (at least 10 bytes) without allocating.</summary>
    public static int FormatDate(long seconds, Span<byte> into)
    {
        DateTime.UnixEpoch.AddSeconds(seconds).TryFormat(into, out var written, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
        return written;
    }

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
