using System.Text.Json;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>Zendesk's cursor paging of lists (<c>page[size]</c>): the link to the next page, while there is one.</summary>
internal static class CursorPages
{
    public static string? Next(JsonElement root) =>
        root.TryGetProperty("meta", out var meta) && meta.TryGetProperty("has_more", out var more) && more.ValueKind == JsonValueKind.True
            ? root.GetProperty("links").GetProperty("next").GetString()
            : null;
}
