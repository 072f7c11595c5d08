using System.Text;

namespace Zendesk.Simulator.Http;

/// <summary>
/// Builds next/previous links from the current request: the same query with some parameters
/// replaced or dropped, pointing at the address the client called (see <see cref="PublicAddress"/>).
/// </summary>
internal static class Links
{
    public static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";

    public static string Build(HttpContext context, string path, IReadOnlyDictionary<string, string> set, params string[] drop)
    {
        var builder = new StringBuilder(BaseUrl(context)).Append(path);
        var separator = '?';
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, values) in context.Request.Query)
        {
            if (drop.Contains(key, StringComparer.Ordinal) || !written.Add(key))
            {
                continue;
            }

            if (set.TryGetValue(key, out var replacement))
            {
                Append(builder, ref separator, key, replacement);
                continue;
            }

            foreach (var value in values)
            {
                Append(builder, ref separator, key, value ?? string.Empty);
            }
        }

        foreach (var (key, value) in set)
        {
            if (written.Add(key))
            {
                Append(builder, ref separator, key, value);
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ref char separator, string key, string value)
    {
        // Zendesk leaves the brackets of page[size] and filter[...][] unescaped in its links.
        builder.Append(separator).Append(Uri.EscapeDataString(key).Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal))
            .Append('=').Append(Uri.EscapeDataString(value));
        separator = '&';
    }
}
