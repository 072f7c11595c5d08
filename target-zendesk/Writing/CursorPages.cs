using System.Runtime.CompilerServices;
using System.Text.Json;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>Zendesk's cursor paging of lists (<c>page[size]</c>): every item of a list, page after page.</summary>
internal static class CursorPages
{
    /// <summary>The items of the array <paramref name="key"/> of each page, cloned so they outlive their page.</summary>
    public static async IAsyncEnumerable<JsonElement> ItemsAsync(ZendeskClient client, string path, string key, [EnumeratorCancellation] CancellationToken ct)
    {
        string? next = $"{path}?page[size]=100";
        while (next is not null)
        {
            using var page = await client.GetJsonAsync(next, RequestBudget.Core, ct);
            var root = page.RootElement;
            foreach (var item in root.GetProperty(key).EnumerateArray())
            {
                yield return item.Clone();
            }

            next = root.TryGetProperty("meta", out var meta) && meta.TryGetProperty("has_more", out var more) && more.ValueKind == JsonValueKind.True
                ? root.GetProperty("links").GetProperty("next").GetString()
                : null;
        }
    }
}
