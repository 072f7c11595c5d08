using System.Collections.Concurrent;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// The html_body of comment bodies, remembered: generated bodies are combinations of a few dozen
/// lines and names, so the same few thousand recur in every export. Bodies from mutations are
/// remembered too until the cache is full, then rendered each time.
/// </summary>
internal static class HtmlBodies
{
    private const int Capacity = 20_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Of(string body)
    {
        if (Cache.TryGetValue(body, out var html))
        {
            return html;
        }

        html = TicketText.Html(body);
        if (Cache.Count < Capacity)
        {
            Cache.TryAdd(body, html);
        }

        return html;
    }
}
