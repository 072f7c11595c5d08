namespace Zendesk.Simulator.Data;

/// <summary>
/// Tickets as parallel arrays: about 60 bytes a ticket, so a million tickets take tens of
/// megabytes. Texts (subject, tags, field values) are rebuilt from the seed unless a mutation
/// replaced them (<see cref="Overrides"/>).
/// </summary>
internal sealed class TicketStore
{
    public TicketStore(int capacity)
    {
        Resize(Math.Max(capacity, 4));
    }

    public int Count { get; private set; }

    public long[] Created { get; private set; } = [];

    public long[] Updated { get; private set; } = [];

    public long[] Generated { get; private set; } = [];

    public int[] Requester { get; private set; } = [];

    public int[] Assignee { get; private set; } = [];

    public int[] Organization { get; private set; } = [];

    public int[] Group { get; private set; } = [];

    public byte[] Status { get; private set; } = [];

    public byte[] Priority { get; private set; } = [];

    public byte[] Type { get; private set; } = [];

    public byte[] Channel { get; private set; } = [];

    public byte[] Brand { get; private set; } = [];

    public byte[] Form { get; private set; } = [];

    public byte[] Flags { get; private set; } = [];

    public byte[] GeneratedAudits { get; private set; } = [];

    public Dictionary<int, TicketOverrides> Overrides { get; } = [];

    public Dictionary<int, List<MutationAudit>> MutationAudits { get; } = [];

    public bool IsDeleted(int index) => (Flags[index] & TicketCodes.FlagDeleted) != 0;

    public int Add()
    {
        if (Count == Created.Length)
        {
            Resize(Created.Length * 2);
        }

        return Count++;
    }

    public TicketOverrides OverridesFor(int index)
    {
        if (!Overrides.TryGetValue(index, out var value))
        {
            value = new TicketOverrides();
            Overrides[index] = value;
        }

        return value;
    }

    private void Resize(int capacity)
    {
        Created = Grow(Created, capacity);
        Updated = Grow(Updated, capacity);
        Generated = Grow(Generated, capacity);
        Requester = Grow(Requester, capacity);
        Assignee = Grow(Assignee, capacity);
        Organization = Grow(Organization, capacity);
        Group = Grow(Group, capacity);
        Status = Grow(Status, capacity);
        Priority = Grow(Priority, capacity);
        Type = Grow(Type, capacity);
        Channel = Grow(Channel, capacity);
        Brand = Grow(Brand, capacity);
        Form = Grow(Form, capacity);
        Flags = Grow(Flags, capacity);
        GeneratedAudits = Grow(GeneratedAudits, capacity);
    }

    private static T[] Grow<T>(T[] array, int capacity)
    {
        var grown = new T[capacity];
        Array.Copy(array, grown, array.Length);
        return grown;
    }
}
