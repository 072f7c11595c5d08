namespace Zendesk.Simulator.Data;

/// <summary>Growth of the stores' column arrays when records are created while the account runs.</summary>
internal static class Arrays
{
    /// <summary>
    /// The capacity a full store grows to: doubling keeps appends cheap, and the floor lets a store
    /// the seed made empty grow at all.
    /// </summary>
    public static int NextCapacity(int length) => Math.Max(16, length * 2);

    public static T[] Grow<T>(T[] array, int capacity)
    {
        Array.Resize(ref array, capacity);
        return array;
    }
}
