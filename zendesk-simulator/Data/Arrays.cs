namespace Zendesk.Simulator.Data;

/// <summary>Growth of the stores' column arrays when records are created while the account runs.</summary>
internal static class Arrays
{
    /// <summary>
    /// The capacity a full store grows to: doubling keeps appends cheap, and the floor lets a store
    /// the seed made empty grow at all.
    /// </summary>
    public static int NextCapacity(int length) => Math.Max(16, length * 2);

    /// <summary>Grows a store's columns through <paramref name="resize"/> when an append finds them full.</summary>
    public static void MakeRoom(int count, int length, Action<int> resize)
    {
        if (count == length)
        {
            resize(NextCapacity(length));
        }
    }

    public static T[] Grow<T>(T[] array, int capacity)
    {
        Array.Resize(ref array, capacity);
        return array;
    }
}
