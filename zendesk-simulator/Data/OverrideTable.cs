using System.Runtime.InteropServices;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The per-record texts that replace the seed's, kept only for records the API has touched: most
/// records never get an entry.
/// </summary>
internal static class OverrideTable
{
    /// <summary>The record's overrides, made empty on first use.</summary>
    public static T For<T>(Dictionary<int, T> overrides, int index)
        where T : class, new()
    {
        ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(overrides, index, out _);
        return value ??= new T();
    }
}
