using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DuckDB.NET.Native;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>Renders values read from either engine as the same canonical text.</summary>
internal static class ValueText
{
    private const int LongText = 200;

    public static string? Render(object? value, string type)
    {
        if (value is null or DBNull)
        {
            return null;
        }

        var text = type switch
        {
            "integer" => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            "number" => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
            "boolean" => (bool)value ? "true" : "false",
            "timestamp" => Utc(value).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            "date" => Date(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "json" => CanonicalJson((string)value),
            _ when type.StartsWith("decimal(38,", StringComparison.Ordinal) => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("F" + type[11..^1], CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        };
        return Shorten(text);
    }

    /// <summary>JSON with keys sorted and no spaces: PostgreSQL's jsonb reorders keys, DuckDB's JSON keeps them.</summary>
    public static string CanonicalJson(string json) => Sorted(JsonNode.Parse(json))?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";

    /// <summary>Very long values are compared by length and hash so that expectations stay readable.</summary>
    public static string Shorten(string text) =>
        text.Length <= LongText
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"<{text.Length} chars, sha256 {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]}>");

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static DateTime Utc(object value) => value switch
    {
        DateTimeOffset d => d.UtcDateTime,
        DateTime { Kind: DateTimeKind.Local } d => d.ToUniversalTime(),
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        _ => throw new ShouldAssertException($"not a timestamp: {value.GetType()}"),
    };

    private static DateOnly Date(object value) => value switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        DuckDBDateOnly d => d.ToDateOnly(),
        _ => throw new ShouldAssertException($"not a date: {value.GetType()}"),
    };
}
