using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>Reads typed values from the token a JSON reader is on, without intermediate strings where the reader allows it.</summary>
internal static class ValueReader
{
    private const DateTimeStyles UtcStyles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    /// <summary>Whether a number token is a whole number, however it is written (1, 1.0, 1e3).</summary>
    public static bool IsIntegral(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        var raw = reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            return true;
        }

        if (reader.TryGetDecimal(out var d))
        {
            return d == decimal.Truncate(d);
        }

        return reader.TryGetDouble(out var f) && double.IsFinite(f) && f == Math.Floor(f);
    }

    public static bool TryInt64(ref Utf8JsonReader reader, bool lenient, out long result)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out result))
            {
                return true;
            }

            if (reader.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
            {
                result = (long)d;
                return true;
            }

            return false;
        }

        result = 0;
        return lenient && reader.TokenType == JsonTokenType.String
            && long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out result);
    }

    public static bool TryDouble(ref Utf8JsonReader reader, bool lenient, out double result)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetDouble(out result) && double.IsFinite(result);
        }

        result = 0;
        return lenient && reader.TokenType == JsonTokenType.String
            && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result) && double.IsFinite(result);
    }

    public static bool TryDecimal(ref Utf8JsonReader reader, bool lenient, int scale, out decimal result)
    {
        result = 0;
        bool ok;
        if (reader.TokenType == JsonTokenType.Number)
        {
            ok = reader.TryGetDecimal(out result);
        }
        else
        {
            ok = lenient && reader.TokenType == JsonTokenType.String
                && decimal.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
        }

        if (ok)
        {
            // Both engines round on a cast; doing it here keeps them identical.
            result = Math.Round(result, scale, MidpointRounding.ToEven);
        }

        return ok;
    }

    public static bool TryBoolean(ref Utf8JsonReader reader, bool lenient, out bool result)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                result = true;
                return true;
            case JsonTokenType.False:
                result = false;
                return true;
            case JsonTokenType.String when lenient:
                return bool.TryParse(reader.GetString(), out result);
            default:
                result = false;
                return false;
        }
    }

    /// <summary>An ISO 8601 date-time as UTC; one without an offset is taken to be UTC.</summary>
    public static bool TryTimestamp(ref Utf8JsonReader reader, out DateTime utc)
    {
        utc = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (reader.TryGetDateTime(out var parsed))
        {
            switch (parsed.Kind)
            {
                case DateTimeKind.Utc:
                    utc = parsed;
                    return true;
                case DateTimeKind.Unspecified:
                    utc = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
                    return true;
                default:
                    if (reader.TryGetDateTimeOffset(out var withOffset))
                    {
                        utc = withOffset.UtcDateTime;
                        return true;
                    }

                    break;
            }
        }

        if (DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, UtcStyles, out var loose))
        {
            utc = loose.UtcDateTime;
            return true;
        }

        return false;
    }

    public static bool TryDate(ref Utf8JsonReader reader, out DateOnly date)
    {
        date = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        var text = reader.GetString();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // Some taps send midnight date-times for dates; the calendar day as written is the date.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        return false;
    }
}
