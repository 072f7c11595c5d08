namespace Zendesk.Simulator.Data;

/// <summary>Organizations as parallel arrays; texts rebuilt from the seed unless overridden.</summary>
internal sealed class OrganizationStore
{
    public OrganizationStore(int count)
    {
        Count = count;
        Created = new long[count];
        Updated = new long[count];
        Group = new int[count];
    }

    public int Count { get; }

    public long[] Created { get; }

    public long[] Updated { get; }

    public int[] Group { get; }

    public Dictionary<int, OrganizationOverrides> Overrides { get; } = [];

    public OrganizationOverrides OverridesFor(int index)
    {
        if (!Overrides.TryGetValue(index, out var value))
        {
            value = new OrganizationOverrides();
            Overrides[index] = value;
        }

        return value;
    }
}
