using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// The times found in records and bookmarks: ISO 8601 strings (with or without fractions, as
/// singer-io's tap writes them) or Unix seconds. Bookmarks are written as ISO 8601 in UTC.
/// </summary>
internal static class Timestamps
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString(time.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string Format(long unixSeconds) => Format(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    public static DateTimeOffset? Parse(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return value.TryGetValue<string>(out var text) ? Parse(text) : null;
    }

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>
    /// A record's time field, for a reader on the value's token: an epoch number or an ISO 8601 string,
    /// keeping sub-second precision when present.
    /// </summary>
    public static DateTimeOffset? Time(ref Utf8JsonReader value) => value.TokenType switch
    {
        JsonTokenType.Number when value.TryGetInt64(out var seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds),
        JsonTokenType.String when value.TryGetDateTimeOffset(out var time) => time.ToUniversalTime(),
        JsonTokenType.String => Parse(value.GetString()),
        _ => null,
    };
}
