namespace Zendesk.Simulator.Data;

/// <summary>Zendesk search's <c>*</c> wildcard: any run of characters, compared case-insensitively.</summary>
internal static class Wildcard
{
    public static bool Has(string pattern) => pattern.Contains('*', StringComparison.Ordinal);

    public static bool Matches(string? text, string pattern)
    {
        if (text is null)
        {
            return false;
        }

        var parts = pattern.Split('*');
        var span = text.AsSpan();
        if (!span.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        span = span[parts[0].Length..];
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var at = span.IndexOf(parts[i], StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            span = span[(at + parts[i].Length)..];
        }

        return parts.Length == 1 ? span.IsEmpty : span.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase);
    }
}
