namespace Zendesk.Simulator.Data;

/// <summary>
/// Finding organizations by external id or name, case-insensitively as Zendesk does. Generated texts
/// are found by rebuilding a candidate from the seed (<see cref="GeneratedKeys"/>); texts written
/// since are kept in small tables. Callers hold a lock.
/// </summary>
internal sealed class OrganizationKeys(AccountShape shape, OrganizationStore store)
{
    private readonly Dictionary<string, int> _externalIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The live organization with this external id, or -1: a deleted one's keys are free again.</summary>
    public int ByExternalId(string externalId)
    {
        var o = AnyByExternalId(externalId);
        return o >= 0 && store.IsDeleted(o) ? -1 : o;
    }

    /// <summary>The live organization with this name, or -1.</summary>
    public int ByName(string name)
    {
        var o = AnyByName(name);
        return o >= 0 && store.IsDeleted(o) ? -1 : o;
    }

    public string? ExternalId(int o) =>
        store.Overrides.TryGetValue(o, out var overrides) && overrides.ExternalIdSet ? overrides.ExternalId
        : store.IsCreatedLive(o) ? null
        : GeneratedKeys.OrganizationExternalId(shape.Seed, o);

    public string Name(int o) =>
        store.Overrides.TryGetValue(o, out var overrides) && overrides.Name is { } name ? name : PersonText.OrganizationName(shape.Seed, o);

    public void SetExternalId(int o, string? externalId)
    {
        if (ExternalId(o) is { } previous && _externalIds.TryGetValue(previous, out var holder) && holder == o)
        {
            _externalIds.Remove(previous);
        }

        var overrides = store.OverridesFor(o);
        overrides.ExternalIdSet = true;
        overrides.ExternalId = externalId;
        if (externalId is not null)
        {
            _externalIds[externalId] = o;
        }
    }

    public void SetName(int o, string name)
    {
        var previous = Name(o);
        if (_names.TryGetValue(previous, out var holder) && holder == o)
        {
            _names.Remove(previous);
        }

        store.OverridesFor(o).Name = name;
        _names[name] = o;
    }

    private int AnyByExternalId(string externalId)
    {
        if (_externalIds.TryGetValue(externalId, out var written))
        {
            return written;
        }

        foreach (var o in GeneratedKeys.OrganizationsOfExternalId(externalId, store.Generated))
        {
            var replaced = store.Overrides.TryGetValue(o, out var overrides) && overrides.ExternalIdSet;
            if (!replaced && string.Equals(GeneratedKeys.OrganizationExternalId(shape.Seed, o), externalId, StringComparison.OrdinalIgnoreCase))
            {
                return o;
            }
        }

        return -1;
    }

    private int AnyByName(string name)
    {
        if (_names.TryGetValue(name, out var written))
        {
            return written;
        }

        var o = GeneratedKeys.OrganizationOfName(name);
        var renamed = o >= 0 && store.Overrides.TryGetValue(o, out var overrides) && overrides.Name is not null;
        return o >= 0 && o < store.Generated && !renamed
            && string.Equals(PersonText.OrganizationName(shape.Seed, o), name, StringComparison.OrdinalIgnoreCase) ? o : -1;
    }
}
