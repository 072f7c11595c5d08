namespace Zendesk.Simulator.Data;

/// <summary>
/// What the general search finds: live tickets, then active users, then organizations, each in id
/// order. Zendesk ranks by relevance; a fixed order keeps paging stable. Callers hold the read lock.
/// </summary>
internal static class AccountSearch
{
    public static List<SearchHit> Find(Account account, SearchQuery query)
    {
        var hits = new List<SearchHit>();
        if (query.Includes(SearchQuery.Ticket))
        {
            var tickets = account.Tickets.Store;
            for (var t = 0; t < tickets.Count; t++)
            {
                if (!tickets.IsDeleted(t) && query.Within(tickets.Updated[t]))
                {
                    hits.Add(new SearchHit(SearchQuery.Ticket, t));
                }
            }
        }

        if (query.Includes(SearchQuery.User))
        {
            var users = account.Users.Store;
            for (var u = 0; u < users.Count; u++)
            {
                if (users.IsActive(u) && query.Within(users.Updated[u]))
                {
                    hits.Add(new SearchHit(SearchQuery.User, u));
                }
            }
        }

        if (query.Includes(SearchQuery.Organization))
        {
            var organizations = account.Organizations.Store;
            for (var o = 0; o < organizations.Count; o++)
            {
                if (!organizations.IsDeleted(o) && query.Within(organizations.Updated[o]))
                {
                    hits.Add(new SearchHit(SearchQuery.Organization, o));
                }
            }
        }

        return hits;
    }
}
