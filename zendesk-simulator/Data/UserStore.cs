namespace Zendesk.Simulator.Data;

/// <summary>
/// Users as parallel arrays. Indexes [0, <see cref="Agents"/>) are staff (the first
/// <see cref="Admins"/> of them admins, user 0 being the account owner whose credentials the
/// simulator accepts); the rest are end-users. Users created through the API are appended after
/// the <see cref="Generated"/> ones; their texts live in <see cref="Overrides"/> only.
/// </summary>
internal sealed class UserStore
{
    public const byte RoleEndUser = 0;
    public const byte RoleAgent = 1;
    public const byte RoleAdmin = 2;

    public const byte FlagActive = 1;
    public const byte FlagVerified = 2;
    public const byte FlagSuspended = 4;
    public const byte FlagPhone = 8;

    public static readonly string[] RoleNames = ["end-user", "agent", "admin"];

    // Sized exactly at first: a million-ticket account must not pay for room it may never use.
    public UserStore(int count, int agents, int admins)
    {
        Count = count;
        Generated = count;
        Agents = agents;
        Admins = admins;
        Created = new long[count];
        Updated = new long[count];
        Role = new byte[count];
        Organization = new int[count];
        DefaultGroup = new int[count];
        Flags = new byte[count];
    }

    public int Count { get; private set; }

    /// <summary>How many users the seed made; later indexes were created through the API.</summary>
    public int Generated { get; }

    public int Agents { get; }

    public int Admins { get; }

    public long[] Created { get; private set; }

    public long[] Updated { get; private set; }

    public byte[] Role { get; private set; }

    /// <summary>The user's default organization (its organization_id), -1 for none.</summary>
    public int[] Organization { get; private set; }

    public int[] DefaultGroup { get; private set; }

    public byte[] Flags { get; private set; }

    public Dictionary<int, UserOverrides> Overrides { get; } = [];

    /// <summary>The index of the user with this id, or -1.</summary>
    public int IndexOf(long id)
    {
        var index = Ids.UserIndex(id);
        return index >= 0 && index < Count ? index : -1;
    }

    public bool IsActive(int index) => (Flags[index] & FlagActive) != 0;

    public bool IsCreatedLive(int index) => index >= Generated;

    public UserOverrides OverridesFor(int index) => OverrideTable.For(Overrides, index);

    private void Resize(int capacity)
    {
        Created = Arrays.Grow(Created, capacity);
        Updated = Arrays.Grow(Updated, capacity);
        Role = Arrays.Grow(Role, capacity);
        Organization = Arrays.Grow(Organization, capacity);
        DefaultGroup = Arrays.Grow(DefaultGroup, capacity);
        Flags = Arrays.Grow(Flags, capacity);
    }

    /// <summary>Appends a user; the caller fills its arrays and overrides.</summary>
    public int Add()
    {
        Arrays.MakeRoom(Count, Created.Length, Resize);
        return Count++;
    }
}
