namespace Zendesk.Simulator.Data;

/// <summary>
/// Organizations as parallel arrays; texts rebuilt from the seed unless overridden. Organizations
/// created through the API are appended after the <see cref="Generated"/> ones. A deleted
/// organization keeps its index (the export still shows it, with its deletion time) but is found by
/// no id, key or list.
/// </summary>
internal sealed class OrganizationStore
{
    public OrganizationStore(int count)
    {
        Count = count;
        Generated = count;
        Created = new long[count];
        Updated = new long[count];
        Group = new int[count];
    }

    public int Count { get; private set; }

    /// <summary>How many organizations the seed made; later indexes were created through the API.</summary>
    public int Generated { get; }

    public long[] Created { get; private set; }

    public long[] Updated { get; private set; }

    public int[] Group { get; private set; }

    public Dictionary<int, OrganizationOverrides> Overrides { get; } = [];

    private readonly Dictionary<int, long> _deletedAt = [];

    /// <summary>True once an organization was deleted: lists then have to skip indexes.</summary>
    public bool AnyDeleted => _deletedAt.Count > 0;

    /// <summary>The index of the live organization with this id, or -1.</summary>
    public int IndexOf(long id)
    {
        var index = Ids.OrganizationIndex(id);
        return index >= 0 && index < Count && !IsDeleted(index) ? index : -1;
    }

    public bool IsDeleted(int index) => _deletedAt.ContainsKey(index);

    /// <summary>When the organization was deleted (Unix seconds), or null.</summary>
    public long? DeletedAt(int index) => _deletedAt.TryGetValue(index, out var at) ? at : null;

    public void MarkDeleted(int index, long now) => _deletedAt[index] = now;

    public bool IsCreatedLive(int index) => index >= Generated;

    public OrganizationOverrides OverridesFor(int index) => OverrideTable.For(Overrides, index);

    private void Resize(int capacity)
    {
        Created = Arrays.Grow(Created, capacity);
        Updated = Arrays.Grow(Updated, capacity);
        Group = Arrays.Grow(Group, capacity);
    }

    /// <summary>Appends an organization; the caller fills its arrays and overrides.</summary>
    public int Add()
    {
        Arrays.MakeRoom(Count, Created.Length, Resize);
        return Count++;
    }
}
