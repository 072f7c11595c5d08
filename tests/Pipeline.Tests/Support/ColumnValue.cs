using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// Compares what a warehouse column holds with the JSON value the source sent, through the type the
/// column has: JSON columns by JSON equality, timestamps as instants, numbers by value.
/// </summary>
internal static class ColumnValue
{
    /// <summary>Null when they agree, otherwise why not.</summary>
    public static string? Mismatch(object? actual, JsonNode? expected)
    {
        if (actual is null or DBNull)
        {
            return JsonEquality.IsNull(expected) ? null : $"is NULL, the source has {JsonEquality.Show(expected)}";
        }

        if (JsonEquality.IsNull(expected))
        {
            return $"is {Show(actual)}, the source has null";
        }

        var same = actual switch
        {
            string text => TextMatches(text, expected!),
            bool flag => expected is JsonValue v && v.GetValueKind() == (flag ? JsonValueKind.True : JsonValueKind.False),
            double number => expected is JsonValue v && JsonEquality.NumberEquals(v, number),
            float number => expected is JsonValue v && JsonEquality.NumberEquals(v, (double)number),
            decimal number => expected is JsonValue v && JsonEquality.NumberEquals(v, number),
            long or int or short or byte or ulong or uint or ushort or sbyte => expected is JsonValue v && JsonEquality.NumberEquals(v, Convert.ToDecimal(actual, CultureInfo.InvariantCulture)),
            BigInteger number => expected is JsonValue v && JsonEquality.NumberEquals(v, (decimal)number),
            DateTime time => InstantMatches(new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)), expected!),
            DateTimeOffset time => InstantMatches(time, expected!),
            DateOnly date => expected is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => false,
        };
        return same ? null : $"is {Show(actual)}, the source has {JsonEquality.Show(expected)}";
    }

    private static bool TextMatches(string text, JsonNode expected)
    {
        if (expected is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == text)
        {
            return true;
        }

        // A JSON (JSONB) column: the text is the JSON document.
        try
        {
            return JsonEquality.Equal(JsonNode.Parse(text), expected);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool InstantMatches(DateTimeOffset actual, JsonNode expected)
    {
        if (expected is not JsonValue value)
        {
            return false;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && instant == actual,
            JsonValueKind.Number => value.TryGetValue<long>(out var seconds) && DateTimeOffset.FromUnixTimeSeconds(seconds) == actual,
            _ => false,
        };
    }

    private static string Show(object value)
    {
        var text = value switch
        {
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        text = value is string ? $"'{text}'" : text;
        return text.Length > 160 ? string.Create(CultureInfo.InvariantCulture, $"{text[..160]}... ({text.Length} chars)") : text;
    }
}
