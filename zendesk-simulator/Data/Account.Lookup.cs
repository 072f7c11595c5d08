namespace Zendesk.Simulator.Data;

/// <summary>
/// Finding users by email or external id and organizations by external id or name, all
/// case-insensitively as Zendesk does. Generated texts are found by rebuilding a candidate from the
/// seed (<see cref="GeneratedKeys"/>); texts written since are kept in small tables. Callers hold a lock.
/// </summary>
internal sealed partial class Account
{
    private readonly Dictionary<string, int> _userEmails = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _userExternalIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _organizationExternalIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _organizationNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The user with this primary or secondary email, or -1.</summary>
    internal int UserByEmail(string email)
    {
        if (_userEmails.TryGetValue(email, out var written))
        {
            return written;
        }

        if (string.Equals(email, Options.Email, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var u = GeneratedKeys.UserOfEmail(email);
        return u > 0 && u < Users.Generated && string.Equals(GeneratedKeys.UserEmail(Shape.Seed, u), email, StringComparison.OrdinalIgnoreCase) ? u : -1;
    }

    /// <summary>The user whose external id this is, or -1.</summary>
    internal int UserByExternalId(string externalId)
    {
        if (_userExternalIds.TryGetValue(externalId, out var written))
        {
            return written;
        }

        foreach (var u in GeneratedKeys.UsersOfExternalId(externalId, Users.Generated))
        {
            var replaced = Users.Overrides.TryGetValue(u, out var o) && o.ExternalIdSet;
            if (!replaced && string.Equals(GeneratedKeys.UserExternalId(Shape.Seed, u), externalId, StringComparison.OrdinalIgnoreCase))
            {
                return u;
            }
        }

        return -1;
    }

    /// <summary>The user's email: the owner's from the options, a generated one, or the one it was created with.</summary>
    internal string? UserEmail(int u)
    {
        if (Users.IsCreatedLive(u))
        {
            return Users.Overrides.TryGetValue(u, out var o) ? o.Email : null;
        }

        return u == 0 ? Options.Email : GeneratedKeys.UserEmail(Shape.Seed, u);
    }

    internal string? UserExternalId(int u) =>
        Users.Overrides.TryGetValue(u, out var o) && o.ExternalIdSet ? o.ExternalId
        : Users.IsCreatedLive(u) ? null
        : GeneratedKeys.UserExternalId(Shape.Seed, u);

    internal int OrganizationByExternalId(string externalId)
    {
        if (_organizationExternalIds.TryGetValue(externalId, out var written))
        {
            return written;
        }

        foreach (var o in GeneratedKeys.OrganizationsOfExternalId(externalId, Organizations.Generated))
        {
            var replaced = Organizations.Overrides.TryGetValue(o, out var overrides) && overrides.ExternalIdSet;
            if (!replaced && string.Equals(GeneratedKeys.OrganizationExternalId(Shape.Seed, o), externalId, StringComparison.OrdinalIgnoreCase))
            {
                return o;
            }
        }

        return -1;
    }

    internal int OrganizationByName(string name)
    {
        if (_organizationNames.TryGetValue(name, out var written))
        {
            return written;
        }

        var o = GeneratedKeys.OrganizationOfName(name);
        var renamed = o >= 0 && Organizations.Overrides.TryGetValue(o, out var overrides) && overrides.Name is not null;
        return o >= 0 && o < Organizations.Generated && !renamed
            && string.Equals(PersonText.OrganizationName(Shape.Seed, o), name, StringComparison.OrdinalIgnoreCase) ? o : -1;
    }

    internal string? OrganizationExternalId(int o) =>
        Organizations.Overrides.TryGetValue(o, out var overrides) && overrides.ExternalIdSet ? overrides.ExternalId
        : Organizations.IsCreatedLive(o) ? null
        : GeneratedKeys.OrganizationExternalId(Shape.Seed, o);

    internal string OrganizationName(int o) =>
        Organizations.Overrides.TryGetValue(o, out var overrides) && overrides.Name is { } name ? name : PersonText.OrganizationName(Shape.Seed, o);

    private void SetUserExternalId(int u, string? externalId)
    {
        if (UserExternalId(u) is { } previous && _userExternalIds.TryGetValue(previous, out var holder) && holder == u)
        {
            _userExternalIds.Remove(previous);
        }

        var overrides = Users.OverridesFor(u);
        overrides.ExternalIdSet = true;
        overrides.ExternalId = externalId;
        if (externalId is not null)
        {
            _userExternalIds[externalId] = u;
        }
    }

    private void AddUserEmail(int u, string email) => _userEmails[email] = u;

    private void SetOrganizationExternalId(int o, string? externalId)
    {
        if (OrganizationExternalId(o) is { } previous && _organizationExternalIds.TryGetValue(previous, out var holder) && holder == o)
        {
            _organizationExternalIds.Remove(previous);
        }

        var overrides = Organizations.OverridesFor(o);
        overrides.ExternalIdSet = true;
        overrides.ExternalId = externalId;
        if (externalId is not null)
        {
            _organizationExternalIds[externalId] = o;
        }
    }

    private void SetOrganizationName(int o, string name)
    {
        var previous = OrganizationName(o);
        if (_organizationNames.TryGetValue(previous, out var holder) && holder == o)
        {
            _organizationNames.Remove(previous);
        }

        Organizations.OverridesFor(o).Name = name;
        _organizationNames[name] = o;
    }
}
