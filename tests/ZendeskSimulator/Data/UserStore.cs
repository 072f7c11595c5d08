namespace Zendesk.Simulator.Data;

/// <summary>
/// Users as parallel arrays. Indexes [0, <see cref="Agents"/>) are staff (the first
/// <see cref="Admins"/> of them admins, user 0 being the account owner whose credentials the
/// simulator accepts); the rest are end-users.
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

    public UserStore(int count, int agents, int admins)
    {
        Count = count;
        Agents = agents;
        Admins = admins;
        Created = new long[count];
        Updated = new long[count];
        Role = new byte[count];
        Organization = new int[count];
        DefaultGroup = new int[count];
        Flags = new byte[count];
    }

    public int Count { get; }

    public int Agents { get; }

    public int Admins { get; }

    public long[] Created { get; }

    public long[] Updated { get; }

    public byte[] Role { get; }

    public int[] Organization { get; }

    public int[] DefaultGroup { get; }

    public byte[] Flags { get; }

    public Dictionary<int, UserOverrides> Overrides { get; } = [];

    public bool IsActive(int index) => (Flags[index] & FlagActive) != 0;

    public UserOverrides OverridesFor(int index)
    {
        if (!Overrides.TryGetValue(index, out var value))
        {
            value = new UserOverrides();
            Overrides[index] = value;
        }

        return value;
    }
}
