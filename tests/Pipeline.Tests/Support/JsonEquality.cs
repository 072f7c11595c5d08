using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// JSON equality as a database keeps JSON: key order is free (JSONB sorts keys) and numbers are
/// compared by value (1.50 and 1.5 are one number), everything else exactly.
/// </summary>
internal static class JsonEquality
{
    public static bool Equal(JsonNode? left, JsonNode? right)
    {
        if (IsNull(left) || IsNull(right))
        {
            return IsNull(left) && IsNull(right);
        }

        return (left, right) switch
        {
            (JsonObject a, JsonObject b) => a.Count == b.Count && a.All(p => b.TryGetPropertyValue(p.Key, out var other) && Equal(p.Value, other)),
            (JsonArray a, JsonArray b) => a.Count == b.Count && a.Select((item, i) => Equal(item, b[i])).All(same => same),
            (JsonValue a, JsonValue b) => ValuesEqual(a, b),
            _ => false,
        };
    }

    public static bool IsNull(JsonNode? node) => node is null || (node is JsonValue value && value.GetValueKind() == JsonValueKind.Null);

    public static bool NumberEquals(JsonValue value, decimal number) =>
        value.GetValueKind() == JsonValueKind.Number && Decimal(value) is { } d && d == number;

    public static bool NumberEquals(JsonValue value, double number) =>
        value.GetValueKind() == JsonValueKind.Number && Double(value).Equals(number);

    // Through the JSON text, so that values built in C# (an int) and parsed ones (an element) compare alike.
    private static decimal? Decimal(JsonValue value) =>
        decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static double Double(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool ValuesEqual(JsonValue a, JsonValue b)
    {
        var kind = a.GetValueKind();
        if (kind != b.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.Number => Decimal(a) is { } x && Decimal(b) is { } y ? x == y : Double(a).Equals(Double(b)),
            JsonValueKind.String => string.Equals(a.GetValue<string>(), b.GetValue<string>(), StringComparison.Ordinal),
            _ => string.Equals(a.ToJsonString(), b.ToJsonString(), StringComparison.Ordinal),
        };
    }

    public static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 160 ? string.Create(CultureInfo.InvariantCulture, $"{text[..160]}... ({text.Length} chars)") : text;
    }
}
