namespace Zendesk.Simulator.Data;

/// <summary>
/// Organizations as parallel arrays; texts rebuilt from the seed unless overridden. Organizations
/// created through the API are appended after the <see cref="Generated"/> ones.
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

    /// <summary>The index of the organization with this id, or -1.</summary>
    public int IndexOf(long id)
    {
        var index = Ids.OrganizationIndex(id);
        return index >= 0 && index < Count ? index : -1;
    }

    public bool IsCreatedLive(int index) => index >= Generated;

    public OrganizationOverrides OverridesFor(int index)
    {
        if (!Overrides.TryGetValue(index, out var value))
        {
            value = new OrganizationOverrides();
            Overrides[index] = value;
        }

        return value;
    }

    /// <summary>Appends an organization; the caller fills its arrays and overrides.</summary>
    public int Add()
    {
        if (Count == Created.Length)
        {
            var capacity = Math.Max(16, Created.Length * 2);
            Created = Arrays.Grow(Created, capacity);
            Updated = Arrays.Grow(Updated, capacity);
            Group = Arrays.Grow(Group, capacity);
        }

        return Count++;
    }
}
