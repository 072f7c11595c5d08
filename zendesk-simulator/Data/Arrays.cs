namespace Zendesk.Simulator.Data;

/// <summary>Growth of the stores' column arrays when records are created while the account runs.</summary>
internal static class Arrays
{
    public static T[] Grow<T>(T[] array, int capacity)
    {
        Array.Resize(ref array, capacity);
        return array;
    }
}
