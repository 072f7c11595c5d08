using System.Globalization;
using System.Text;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary>
/// Names the column of each custom ticket field: its key, else its title, in snake_case (lower case,
/// every run of characters other than a-z and 0-9 one underscore, none at either end); a name left
/// empty becomes <c>custom_field_{id}</c>. A name that is a reserved ticket property, or that more
/// than one field would get, takes <c>_{id}</c>; the same for a name still taken by a field of a
/// lower id. The result depends on the definitions alone, not on their order.
/// </summary>
internal static class TicketFieldNames
{
    public static string SnakeCase(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        var gap = false;
        foreach (var c in (text ?? string.Empty).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (gap && builder.Length > 0)
                {
                    builder.Append('_');
                }

                builder.Append(c);
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The column name of each field, in the order given.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<TicketFieldDefinition> fields, IReadOnlySet<string> reserved)
    {
        var wanted = fields.Select(Wanted).ToList();
        var shared = wanted.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var names = new string[fields.Count];
        foreach (var i in Enumerable.Range(0, fields.Count).OrderBy(i => fields[i].Id))
        {
            var suffix = "_" + fields[i].Id.ToString(CultureInfo.InvariantCulture);
            var name = reserved.Contains(wanted[i]) || shared.Contains(wanted[i]) ? wanted[i] + suffix : wanted[i];
            while (!taken.Add(name))
            {
                name += suffix;
            }

            names[i] = name;
        }

        return names;
    }

    private static string Wanted(TicketFieldDefinition field)
    {
        var name = SnakeCase(string.IsNullOrWhiteSpace(field.Key) ? field.Title : field.Key);
        return name.Length > 0 ? name : "custom_field_" + field.Id.ToString(CultureInfo.InvariantCulture);
    }
}
