using System.Net;
using System.Text.Json;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>Walks list endpoints the way a client does, in cursor or offset pages.</summary>
internal static class Lists
{
    /// <summary>
    /// Follows the next link from the first cursor page while the page says there is more, and
    /// fails on a page that says there is more after coming back empty.
    /// </summary>
    public static async Task<List<JsonElement>> WalkCursor(TestAccount account, string path, string key, int size, int maxPages = 2000)
    {
        var reply = await account.Get($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page[size]={size}");
        var records = new List<JsonElement>();
        for (var pages = 1; ; pages++)
        {
            reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
            var items = reply.Items(key);
            items.Count.ShouldBeLessThanOrEqualTo(size);
            records.AddRange(items);

            // /ticket_audits keeps its cursor fields at the top level and has no has_more.
            var topLevel = !reply.Json.TryGetProperty("meta", out var meta);
            var hasMore = topLevel ? items.Count > 0 && reply["after_url"].ValueKind == JsonValueKind.String : meta.GetProperty("has_more").GetBoolean();
            if (!hasMore)
            {
                return records;
            }

            items.ShouldNotBeEmpty($"page {pages} of {path} is empty but says there is more");
            (pages < maxPages).ShouldBeTrue($"{path} did not end within {maxPages} pages");
            reply = await account.Follow(topLevel ? reply.Json.Text("after_url")! : reply["links"].Text("next")!);
        }
    }

    /// <summary>Follows next_page from the first offset page until it is null.</summary>
    public static async Task<List<JsonElement>> WalkOffset(TestAccount account, string path, string key)
    {
        var reply = await account.Get($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}per_page=100");
        var records = new List<JsonElement>();
        while (true)
        {
            reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
            records.AddRange(reply.Items(key));
            if (reply["next_page"].ValueKind == JsonValueKind.Null)
            {
                return records;
            }

            reply = await account.Follow(reply["next_page"].GetString()!);
        }
    }

    /// <summary>What identifies a list record: its id, or its name for tags.</summary>
    public static string Identity(JsonElement record) =>
        record.TryGetProperty("id", out var id) ? id.GetRawText() : record.GetProperty("name").GetString()!;
}
