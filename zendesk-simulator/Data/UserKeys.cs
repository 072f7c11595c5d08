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
}
