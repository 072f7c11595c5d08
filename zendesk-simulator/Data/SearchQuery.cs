using System.Globalization;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The part of a search query the simulator understands: <c>type:ticket|user|organization</c> and
/// <c>updated</c> bounds (<c>updated&gt;2024-01-01</c>, <c>updated&lt;2024-01-01T12:00:00Z</c>, also
/// with <c>&gt;=</c>, <c>&lt;=</c> or <c>:</c>). Other terms are not matched: they narrow nothing, so a
/// probe such as <c>type:ticket status:open</c> still finds tickets. Bounds are Unix seconds,
/// <see cref="From"/> inclusive and <see cref="Until"/> exclusive.
/// </summary>
internal sealed record SearchQuery(string? Type, long From, long Until)
{
    public const string Ticket = "ticket";
    public const string User = "user";
    public const string Organization = "organization";

    public bool Includes(string type) => Type is null || Type == type;

    public bool Within(long updated) => updated >= From && updated < Until;

    public static SearchQuery Parse(string query)
    {
        string? type = null;
        long from = long.MinValue, until = long.MaxValue;
        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (term.StartsWith("type:", StringComparison.OrdinalIgnoreCase))
            {
                type = term[5..].Trim('"').ToLowerInvariant();
                continue;
            }

            var name = term.StartsWith("updated_at", StringComparison.OrdinalIgnoreCase) ? 10 : term.StartsWith("updated", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
            if (name == 0 || !TryBound(term[name..], out var op, out var start, out var end))
            {
                continue;
            }

            // A date covers its whole day: after it is from the next day on, before it is up to its start.
            switch (op)
            {
                case ">":
                    from = Math.Max(from, end);
                    break;
                case ">=":
                    from = Math.Max(from, start);
                    break;
                case "<":
                    until = Math.Min(until, start);
                    break;
                case "<=":
                    until = Math.Min(until, end);
                    break;
                default:
                    from = Math.Max(from, start);
                    until = Math.Min(until, end);
                    break;
            }
        }

        return new SearchQuery(type, from, until);
    }

    // The operator and the value's span: [day start, next day start) for a date, [t, t + 1) for a time.
    private static bool TryBound(string text, out string op, out long start, out long end)
    {
        op = text.StartsWith(">=", StringComparison.Ordinal) || text.StartsWith("<=", StringComparison.Ordinal) ? text[..2]
            : text.Length > 0 && text[0] is '>' or '<' or ':' ? text[..1] : string.Empty;
        var value = text[op.Length..].Trim('"');
        start = end = 0;
        if (op.Length == 0)
        {
            return false;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
            end = start + 86_400;
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            start = time.ToUnixTimeSeconds();
            end = start + 1;
            return true;
        }

        return false;
    }
}
