using System.Globalization;

namespace Zendesk.Simulator.Http;

/// <summary>Reads query parameters; a malformed value ends the request with a 400 naming the parameter.</summary>
internal static class QueryArgs
{
    public static string? Text(HttpContext context, string name)
    {
        var value = context.Request.Query[name];
        return value.Count == 0 ? null : value[^1];
    }

    public static long? Long(HttpContext context, string name)
    {
        var text = Text(context, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue($"{name} must be an integer, got '{text}'"));
    }

    /// <summary>
    /// A Unix time in whole seconds. A fractional part is dropped, as Zendesk truncates one (clients
    /// that compute the time as a float send e.g. 1577836800.0). With <paramref name="isoTime"/> an
    /// ISO-8601 time is read as the instant it names.
    /// </summary>
    public static long? UnixTime(HttpContext context, string name, bool isoTime = false)
    {
        var text = Text(context, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= long.MinValue and <= long.MaxValue)
        {
            return (long)decimal.Truncate(seconds);
        }

        if (isoTime && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time.ToUnixTimeSeconds();
        }

        throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue($"{name} must be an integer, got '{text}'"));
    }

    public static int? Int(HttpContext context, string name)
    {
        var value = Long(context, name);
        return value is null ? null : (int)Math.Clamp(value.Value, int.MinValue, int.MaxValue);
    }

    public static bool Flag(HttpContext context, string name) =>
        string.Equals(Text(context, name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the comma-separated <c>include</c> parameter names <paramref name="sideLoad"/>.</summary>
    public static bool Includes(HttpContext context, string sideLoad)
    {
        foreach (var value in context.Request.Query["include"])
        {
            if (value is not null && value.Split(',', StringSplitOptions.TrimEntries).Contains(sideLoad, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyList<string> All(HttpContext context, string name) => [.. context.Request.Query[name].OfType<string>()];
}
