using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>Reads typed values out of JSON elements without intermediate strings where the reader allows it.</summary>
internal static class ValueReader
{
    private const DateTimeStyles UtcStyles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    public static bool IsIntegral(JsonElement number)
    {
        if (number.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        var raw = JsonMarshal.GetRawUtf8Value(number);
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            return true;
        }

        if (number.TryGetDecimal(out var d))
        {
            return d == decimal.Truncate(d);
        }

        return number.TryGetDouble(out var f) && double.IsFinite(f) && f == Math.Floor(f);
    }

    public static bool TryInt64(JsonElement value, bool lenient, out long result)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt64(out result))
            {
                return true;
            }

            if (value.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
            {
                result = (long)d;
                return true;
            }

            return false;
        }

        result = 0;
        return lenient && value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out result);
    }

    public static bool TryDouble(JsonElement value, bool lenient, out double result)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDouble(out result) && double.IsFinite(result);
        }

        result = 0;
        return lenient && value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result) && double.IsFinite(result);
    }

    public static bool TryDecimal(JsonElement value, bool lenient, int scale, out decimal result)
    {
        result = 0;
        bool ok;
        if (value.ValueKind == JsonValueKind.Number)
        {
            ok = value.TryGetDecimal(out result);
        }
        else
        {
            ok = lenient && value.ValueKind == JsonValueKind.String
                && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
        }

        if (ok)
        {
            // Both engines round on a cast; doing it here keeps them identical.
            result = Math.Round(result, scale, MidpointRounding.ToEven);
        }

        return ok;
    }

    public static bool TryBoolean(JsonElement value, bool lenient, out bool result)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                result = true;
                return true;
            case JsonValueKind.False:
                result = false;
                return true;
            case JsonValueKind.String when lenient:
                return bool.TryParse(value.GetString(), out result);
            default:
                result = false;
                return false;
        }
    }

    /// <summary>An ISO 8601 date-time as UTC; one without an offset is taken to be UTC.</summary>
    public static bool TryTimestamp(JsonElement value, out DateTime utc)
    {
        utc = default;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        if (value.TryGetDateTime(out var parsed))
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
                    if (value.TryGetDateTimeOffset(out var withOffset))
                    {
                        utc = withOffset.UtcDateTime;
                        return true;
                    }

                    break;
            }
        }

        if (DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, UtcStyles, out var loose))
        {
            utc = loose.UtcDateTime;
            return true;
        }

        return false;
    }

    public static bool TryDate(JsonElement value, out DateOnly date)
    {
        date = default;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetString();
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
