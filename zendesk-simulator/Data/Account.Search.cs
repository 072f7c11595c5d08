namespace Zendesk.Simulator.Data;

/// <summary>
/// Finding users for the users search, show_many and the external_id filter.
/// A whole email or external id names one user without a scan; other terms scan the users in id
/// order. Search leaves out deleted (inactive) users. Callers hold the read lock.
/// </summary>
internal sealed partial class Account
{
    /// <summary>The active users every term matches, in id order, at most <paramref name="max"/>.</summary>
    internal List<int> SearchUsers(IReadOnlyList<UserQueryTerm> terms, int max)
    {
        var found = new List<int>();
        if (terms.Count == 0)
        {
            return found;
        }

        if (terms.FirstOrDefault(t => t.IsExactKey) is { } key)
        {
            var u = key.Field == UserQueryTerm.ExternalId ? UserByExternalId(key.Value) : UserByEmail(key.Value);
            if (u >= 0 && Users.IsActive(u) && terms.All(t => Matches(t, u)))
            {
                found.Add(u);
            }

            return found;
        }

        for (var u = 0; u < Users.Count && found.Count < max; u++)
        {
            if (Users.IsActive(u) && terms.All(t => Matches(t, u)))
            {
                found.Add(u);
            }
        }

        return found;
    }

    /// <summary>
    /// What the general search finds: live tickets, then active users, then organizations, each in id
    /// order. Zendesk ranks by relevance; a fixed order keeps paging stable.
    /// </summary>
    internal List<SearchHit> Search(SearchQuery query)
    {
        var hits = new List<SearchHit>();
        if (query.Includes(SearchQuery.Ticket))
        {
            for (var t = 0; t < Tickets.Count; t++)
            {
                if (!Tickets.IsDeleted(t) && query.Within(Tickets.Updated[t]))
                {
                    hits.Add(new SearchHit(SearchQuery.Ticket, t));
                }
            }
        }

        if (query.Includes(SearchQuery.User))
        {
            for (var u = 0; u < Users.Count; u++)
            {
                if (Users.IsActive(u) && query.Within(Users.Updated[u]))
                {
                    hits.Add(new SearchHit(SearchQuery.User, u));
                }
            }
        }

        if (query.Includes(SearchQuery.Organization))
        {
            for (var o = 0; o < Organizations.Count; o++)
            {
                if (query.Within(Organizations.Updated[o]))
                {
                    hits.Add(new SearchHit(SearchQuery.Organization, o));
                }
            }
        }

        return hits;
    }

    /// <summary>The user whose external id is this one (exact, case-insensitive), as a list of zero or one.</summary>
    internal List<int> UsersWithExternalId(string externalId)
    {
        var u = UserByExternalId(externalId.Trim());
        return u < 0 ? [] : [u];
    }

    private bool Matches(UserQueryTerm term, int u) => term.Field switch
    {
        UserQueryTerm.Email => EmailMatches(u, term.Value),
        UserQueryTerm.ExternalId => Wildcard.Has(term.Value)
            ? Wildcard.Matches(UserExternalId(u), term.Value)
            : string.Equals(UserExternalId(u), term.Value, StringComparison.OrdinalIgnoreCase),
        UserQueryTerm.Role => string.Equals(UserStore.RoleNames[Users.Role[u]], term.Value, StringComparison.OrdinalIgnoreCase),
        UserQueryTerm.Name => TextMatches(UserName(u), term.Value),
        _ => term.IsExactKey ? EmailMatches(u, term.Value) : TextMatches(UserName(u), term.Value) || TextMatches(UserEmail(u), term.Value),
    };

    private bool EmailMatches(int u, string value)
    {
        if (!Wildcard.Has(value))
        {
            return UserByEmail(value) == u;
        }

        return Wildcard.Matches(UserEmail(u), value)
            || (Users.Overrides.TryGetValue(u, out var o) && o.SecondaryEmails.Exists(e => Wildcard.Matches(e.Value, value)));
    }

    // A value without a wildcard matches part of the text, as Zendesk matches a partial value.
    private static bool TextMatches(string? text, string value) =>
        Wildcard.Has(value) ? Wildcard.Matches(text, value) : text is not null && text.Contains(value, StringComparison.OrdinalIgnoreCase);
}
