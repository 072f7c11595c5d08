using System.Text.Json;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>Walks incremental exports the way a client does.</summary>
internal static class Exports
{
    /// <summary>Follows after_url until end_of_stream; returns every page.</summary>
    public static async Task<List<Reply>> WalkCursor(TestAccount account, string firstPage, int maxPages = 1000)
    {
        var pages = new List<Reply>();
        var reply = await account.Get(firstPage);
        pages.Add(reply);
        while (!reply["end_of_stream"].GetBoolean())
        {
            (pages.Count < maxPages).ShouldBeTrue("the cursor export did not reach end_of_stream");
            reply = await account.Follow(reply["after_url"].GetString()!);
            pages.Add(reply);
        }

        return pages;
    }

    /// <summary>Follows next_page until end_of_stream; returns every page.</summary>
    public static async Task<List<Reply>> WalkTime(TestAccount account, string firstPage, int maxPages = 1000)
    {
        var pages = new List<Reply>();
        var reply = await account.Get(firstPage);
        pages.Add(reply);
        while (!reply["end_of_stream"].GetBoolean())
        {
            (pages.Count < maxPages).ShouldBeTrue("the time-based export did not reach end_of_stream");
            reply = await account.Follow(reply["next_page"].GetString()!);
            pages.Add(reply);
        }

        return pages;
    }

    public static IEnumerable<long> Ids(IEnumerable<Reply> pages, string key) =>
        pages.SelectMany(p => p.Items(key)).Select(item => item.GetProperty("id").GetInt64());

    public static long Long(this JsonElement element, string property) => element.GetProperty(property).GetInt64();

    public static string? Text(this JsonElement element, string property) => element.GetProperty(property).GetString();
}
