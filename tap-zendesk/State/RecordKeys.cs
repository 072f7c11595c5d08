using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// Record keys as they are kept in bookmarks (<c>boundary_ids</c>): a number's digits or a string's text.
/// </summary>
internal static class RecordKeys
{
    /// <summary>A record's key, for a reader on the value's token.</summary>
    public static string? Of(ref Utf8JsonReader value) => value.TokenType switch
    {
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(value.ValueSpan),
        JsonTokenType.String => value.GetString(),
        _ => null,
    };

    public static string? Of(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    public static JsonNode ToNode(string key) =>
        long.TryParse(key, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(key);
}
