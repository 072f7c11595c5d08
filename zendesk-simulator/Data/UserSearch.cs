namespace Zendesk.Simulator.Data;

/// <summary>
/// Finding users for the users search, show_many and the external_id filter. A whole email or
/// external id names one user without a scan; other terms scan the users in id order. Search leaves
/// out deleted (inactive) users. Callers hold the read lock.
/// </summary>
internal static class UserSearch
{
    /// <summary>The active users every term matches, in id order, at most <paramref name="max"/>.</summary>
    public static List<int> Find(UserRecords users, IReadOnlyList<UserQueryTerm> terms, int max)
    {
        var found = new List<int>();
        if (terms.Count == 0)
        {
            return found;
        }

        var store = users.Store;
        if (terms.FirstOrDefault(t => t.IsExactKey) is { } key)
        {
            // An email names one user, or several when it was shared (see UserKeys): all are found.
            var holders = key.Field == UserQueryTerm.ExternalId ? new List<int> { users.Keys.ByExternalId(key.Value) } : users.Keys.Holders(key.Value);
            found.AddRange(holders.Where(u => u >= 0 && store.IsActive(u) && terms.All(t => Matches(users, t, u))).Order().Take(max));
            return found;
        }

        for (var u = 0; u < store.Count && found.Count < max; u++)
        {
            if (store.IsActive(u) && terms.All(t => Matches(users, t, u)))
            {
                found.Add(u);
            }
        }

        return found;
    }

    /// <summary>The user whose external id is this one (exact, case-insensitive), as a list of zero or one.</summary>
    public static List<int> WithExternalId(UserRecords users, string externalId)
    {
        var u = users.Keys.ByExternalId(externalId.Trim());
        return u < 0 ? [] : [u];
    }

    private static bool Matches(UserRecords users, UserQueryTerm term, int u) => term.Field switch
    {
        UserQueryTerm.Email => EmailMatches(users, u, term.Value),
        UserQueryTerm.ExternalId => Wildcard.Has(term.Value)
            ? Wildcard.Matches(users.Keys.ExternalId(u), term.Value)
            : string.Equals(users.Keys.ExternalId(u), term.Value, StringComparison.OrdinalIgnoreCase),
        UserQueryTerm.Role => string.Equals(UserStore.RoleNames[users.Store.Role[u]], term.Value, StringComparison.OrdinalIgnoreCase),
        UserQueryTerm.Name => TextMatches(users.Name(u), term.Value),
        _ => term.IsExactKey ? EmailMatches(users, u, term.Value) : TextMatches(users.Name(u), term.Value) || TextMatches(users.Keys.Email(u), term.Value),
    };

    private static bool EmailMatches(UserRecords users, int u, string value)
    {
        if (!Wildcard.Has(value))
        {
            return users.Keys.Holds(u, value);
        }

        return Wildcard.Matches(users.Keys.Email(u), value)
            || (users.Store.Overrides.TryGetValue(u, out var o) && o.SecondaryEmails.Exists(e => Wildcard.Matches(e.Value, value)));
    }

    // A value without a wildcard matches part of the text, as Zendesk matches a partial value.
    private static bool TextMatches(string? text, string value) =>
        Wildcard.Has(value) ? Wildcard.Matches(text, value) : text is not null && text.Contains(value, StringComparison.OrdinalIgnoreCase);
}
