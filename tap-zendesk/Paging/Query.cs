using System.Text;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>Builds request paths with query strings; values are escaped, the bracketed names Zendesk uses are not.</summary>
internal static class Query
{
    public static string Build(string path, params (string Name, string? Value)[] parameters)
    {
        var text = new StringBuilder(path);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            text.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return text.ToString();
    }

    /// <summary>Appends a fixed query such as <c>include=metric_sets</c> (already escaped), if any.</summary>
    public static string Append(string pathAndQuery, string? fixedQuery) =>
        string.IsNullOrEmpty(fixedQuery)
            ? pathAndQuery
            : pathAndQuery + (pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?') + fixedQuery;
}
