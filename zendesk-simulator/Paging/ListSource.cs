using System.Text.Json;

namespace Zendesk.Simulator.Paging;

/// <summary>
/// A list endpoint's records in list order, addressed by position without copying them:
/// <see cref="KeyAt"/> grows strictly with the position (it is what cursors encode),
/// <see cref="Include"/> filters (deleted, archived...), <see cref="Write"/> renders one record.
/// </summary>
internal sealed class ListSource(int length, Func<int, long> keyAt, Action<Utf8JsonWriter, int> write, Func<int, bool>? include = null)
{
    public int Length => length;

    public bool Filtered => include is not null;

    public long KeyAt(int position) => keyAt(position);

    public bool Include(int position) => include is null || include(position);

    public void Write(Utf8JsonWriter writer, int position) => write(writer, position);

    /// <summary>The first position whose key is above <paramref name="key"/>.</summary>
    public int After(long key)
    {
        int low = 0, high = length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (keyAt(mid) <= key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    public int CountIncluded()
    {
        if (include is null)
        {
            return length;
        }

        var count = 0;
        for (var i = 0; i < length; i++)
        {
            if (include(i))
            {
                count++;
            }
        }

        return count;
    }

    public static ListSource Of<T>(IReadOnlyList<T> items, Func<T, long> key, Action<Utf8JsonWriter, T> write, Func<T, bool>? include = null) =>
        new(items.Count, i => key(items[i]), (w, i) => write(w, items[i]), include is null ? null : i => include(items[i]));
}
