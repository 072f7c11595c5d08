namespace Zendesk.Simulator.Data;

/// <summary>
/// Organization memberships by position: first the generated ones (one per end-user with an
/// organization, in user order, id from the user), then those created through the API (ids above
/// every generated one), so positions and ids grow together as list cursors need. A generated
/// membership's organization is the user's generated one; it is remembered here before the user's
/// default organization first moves.
/// </summary>
internal sealed class MembershipStore(int[] generated)
{
    /// <summary>Ids of added memberships start this far above the generated range (one id per user there).</summary>
    public const long AddedIdOffset = 500_000_000_000;

    private readonly List<AddedMembership> _added = [];
    private readonly HashSet<int> _removedGenerated = [];
    private readonly Dictionary<int, int> _generatedOrganization = [];
    private readonly Dictionary<int, long> _generatedUpdated = [];

    /// <summary>The end-users with a generated membership, in user order.</summary>
    public int[] Generated => generated;

    public int Count => generated.Length + _added.Count;

    /// <summary>True once a membership was removed: lists then have to skip positions.</summary>
    public bool AnyRemoved { get; private set; }

    public long IdAt(int position) => position < generated.Length
        ? Ids.OrganizationMembership + generated[position]
        : Ids.OrganizationMembership + AddedIdOffset + (position - generated.Length);

    public bool IsLive(int position) => position < generated.Length ? !_removedGenerated.Contains(position) : !_added[position - generated.Length].Removed;

    public Membership At(int position, UserStore users)
    {
        if (position < generated.Length)
        {
            var u = generated[position];
            var created = users.Created[u];
            return new Membership(IdAt(position), u, GeneratedOrganization(u, users), created, _generatedUpdated.GetValueOrDefault(position, created));
        }

        var added = _added[position - generated.Length];
        return new Membership(IdAt(position), added.User, added.Organization, added.Created, added.Updated);
    }

    /// <summary>The organization of the user's generated membership.</summary>
    public int GeneratedOrganization(int user, UserStore users) =>
        _generatedOrganization.TryGetValue(user, out var o) ? o : users.Organization[user];

    /// <summary>The position of a live membership with this id, or -1.</summary>
    public int PositionOf(long id)
    {
        var offset = id - Ids.OrganizationMembership;
        int position;
        if (offset >= AddedIdOffset)
        {
            var serial = offset - AddedIdOffset;
            position = serial < _added.Count ? generated.Length + (int)serial : -1;
        }
        else
        {
            position = offset is >= 0 and <= int.MaxValue ? Array.BinarySearch(generated, (int)offset) : -1;
        }

        return position >= 0 && IsLive(position) ? position : -1;
    }

    /// <summary>Positions of the user's live memberships.</summary>
    public IEnumerable<int> OfUser(int user)
    {
        var own = Array.BinarySearch(generated, user);
        if (own >= 0 && IsLive(own))
        {
            yield return own;
        }

        for (var i = 0; i < _added.Count; i++)
        {
            if (_added[i].User == user && !_added[i].Removed)
            {
                yield return generated.Length + i;
            }
        }
    }

    public int Find(int user, int organization, UserStore users)
    {
        foreach (var position in OfUser(user))
        {
            if (At(position, users).Organization == organization)
            {
                return position;
            }
        }

        return -1;
    }

    public int Add(int user, int organization, long now)
    {
        _added.Add(new AddedMembership { User = user, Organization = organization, Created = now, Updated = now });
        return Count - 1;
    }

    public void Remove(int position)
    {
        AnyRemoved = true;
        if (position < generated.Length)
        {
            _removedGenerated.Add(position);
        }
        else
        {
            _added[position - generated.Length].Removed = true;
        }
    }

    /// <summary>Marks a membership changed (its default flag moved).</summary>
    public void Touch(int position, long now)
    {
        if (position < generated.Length)
        {
            _generatedUpdated[position] = now;
        }
        else
        {
            _added[position - generated.Length].Updated = now;
        }
    }

    /// <summary>Call before the user's default organization changes: keeps its generated membership's organization.</summary>
    public void KeepGeneratedOrganization(int user, UserStore users)
    {
        if (!_generatedOrganization.ContainsKey(user) && Array.BinarySearch(generated, user) >= 0)
        {
            _generatedOrganization[user] = users.Organization[user];
        }
    }
}
