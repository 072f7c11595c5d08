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

    /// <summary>The index of the ticket with this id, or -1.</summary>
    public int IndexOf(long id)
    {
        var index = id - Ids.Ticket - 1;
        return index >= 0 && index < Count ? (int)index : -1;
    }

    public bool IsDeleted(int index) => (Flags[index] & TicketCodes.FlagDeleted) != 0;

    public TicketOverrides OverridesFor(int index) => OverrideTable.For(Overrides, index);

    private void Resize(int capacity)
    {
        Created = Arrays.Grow(Created, capacity);
        Updated = Arrays.Grow(Updated, capacity);
        Generated = Arrays.Grow(Generated, capacity);
        Requester = Arrays.Grow(Requester, capacity);
        Assignee = Arrays.Grow(Assignee, capacity);
        Organization = Arrays.Grow(Organization, capacity);
        Group = Arrays.Grow(Group, capacity);
        Status = Arrays.Grow(Status, capacity);
        Priority = Arrays.Grow(Priority, capacity);
        Type = Arrays.Grow(Type, capacity);
        Channel = Arrays.Grow(Channel, capacity);
        Brand = Arrays.Grow(Brand, capacity);
        Form = Arrays.Grow(Form, capacity);
        Flags = Arrays.Grow(Flags, capacity);
        GeneratedAudits = Arrays.Grow(GeneratedAudits, capacity);
    }

    public int Add()
    {
        Arrays.MakeRoom(Count, Created.Length, Resize);
        return Count++;
    }
}
