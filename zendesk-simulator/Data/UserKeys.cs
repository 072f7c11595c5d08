namespace Zendesk.Simulator.Data;

/// <summary>
/// Finding users by email or external id, case-insensitively as Zendesk does. Generated texts are
/// found by rebuilding a candidate from the seed (<see cref="GeneratedKeys"/>); texts written since
/// are kept in small tables. Callers hold a lock.
/// </summary>
internal sealed class UserKeys(AccountShape shape, string ownerEmail, UserStore store)
{
    private readonly Dictionary<string, int> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _externalIds = new(StringComparer.OrdinalIgnoreCase);

    // Users given an email another user already holds. Zendesk keeps emails unique (a second user
    // with one is refused as "already being used by another user"), so only the admin API puts users
    // here, to stand for duplicates an account can still hold (imports, merges, races).
    private readonly Dictionary<string, List<int>> _sharers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The user with this primary or secondary email, or -1.</summary>
    public int ByEmail(string email)
    {
        if (_emails.TryGetValue(email, out var written))
        {
            return written;
        }

        if (string.Equals(email, ownerEmail, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var u = GeneratedKeys.UserOfEmail(email);
        return u > 0 && u < store.Generated && string.Equals(GeneratedKeys.UserEmail(shape.Seed, u), email, StringComparison.OrdinalIgnoreCase) ? u : -1;
    }

    /// <summary>Every user holding this email, the first holder first: one at most unless the email was shared.</summary>
    public List<int> Holders(string email)
    {
        var first = ByEmail(email);
        if (first < 0)
        {
            return [];
        }

        List<int> holders = [first];
        if (_sharers.TryGetValue(email, out var more))
        {
            holders.AddRange(more);
        }

        return holders;
    }

    /// <summary>True when <paramref name="u"/> holds this email, alone or shared.</summary>
    public bool Holds(int u, string email) =>
        ByEmail(email) == u || (_sharers.TryGetValue(email, out var more) && more.Contains(u));

    /// <summary>The user whose external id this is, or -1.</summary>
    public int ByExternalId(string externalId)
    {
        if (_externalIds.TryGetValue(externalId, out var written))
        {
            return written;
        }

        foreach (var u in GeneratedKeys.UsersOfExternalId(externalId, store.Generated))
        {
            var replaced = store.Overrides.TryGetValue(u, out var o) && o.ExternalIdSet;
            if (!replaced && string.Equals(GeneratedKeys.UserExternalId(shape.Seed, u), externalId, StringComparison.OrdinalIgnoreCase))
            {
                return u;
            }
        }

        return -1;
    }

    /// <summary>The user's email: the owner's from the options, a generated one, or the one it was created with.</summary>
    public string? Email(int u)
    {
        if (store.IsCreatedLive(u))
        {
            return store.Overrides.TryGetValue(u, out var o) ? o.Email : null;
        }

        return u == 0 ? ownerEmail : GeneratedKeys.UserEmail(shape.Seed, u);
    }

    public string? ExternalId(int u) =>
        store.Overrides.TryGetValue(u, out var o) && o.ExternalIdSet ? o.ExternalId
        : store.IsCreatedLive(u) ? null
        : GeneratedKeys.UserExternalId(shape.Seed, u);

    public void SetExternalId(int u, string? externalId)
    {
        if (ExternalId(u) is { } previous && _externalIds.TryGetValue(previous, out var holder) && holder == u)
        {
            _externalIds.Remove(previous);
        }

        var overrides = store.OverridesFor(u);
        overrides.ExternalIdSet = true;
        overrides.ExternalId = externalId;
        if (externalId is not null)
        {
            _externalIds[externalId] = u;
        }
    }

    public void AddEmail(int u, string email) => _emails[email] = u;

    /// <summary>Gives <paramref name="u"/> an email that another user already holds.</summary>
    public void ShareEmail(int u, string email)
    {
        if (!_sharers.TryGetValue(email, out var more))
        {
            more = [];
            _sharers[email] = more;
        }

        more.Add(u);
    }
}
