namespace Zendesk.Simulator.Data;

/// <summary>
/// Records ordered by (timestamp, local index), as one key per entry: <c>timestamp &lt;&lt; 32 | local</c>.
/// The generated records sit in a sorted array; later changes are appended to a tail (they are
/// stamped with the clock, which never goes back, so the tail stays sorted after the array). When a
/// record changes again its older entries become stale and are skipped by readers; an index whose
/// records never change has no staleness check.
/// </summary>
internal sealed class TimeIndex
{
    private readonly long[] _base;
    private readonly List<long> _tail = [];
    private readonly Func<uint, long>? _currentTimestamp;

    public TimeIndex(long[] sortedKeys, Func<uint, long>? currentTimestamp)
    {
        _base = sortedKeys;
        _currentTimestamp = currentTimestamp;
    }

    public int Count => _base.Length + _tail.Count;

    public long this[int position] => position < _base.Length ? _base[position] : _tail[position - _base.Length];

    public static long Key(long timestamp, uint local) => (timestamp << 32) | local;

    public static long TimestampOf(long key) => key >>> 32;

    public static uint LocalOf(long key) => (uint)(key & 0xFFFF_FFFF);

    /// <summary>False for an entry superseded by a later change of the same record.</summary>
    public bool IsCurrent(long key) => _currentTimestamp is null || _currentTimestamp(LocalOf(key)) == TimestampOf(key);

    /// <summary>The first position whose key is at least <paramref name="key"/>.</summary>
    public int LowerBound(long key)
    {
        if (_base.Length > 0 && key <= _base[^1])
        {
            var found = Array.BinarySearch(_base, key);
            return found >= 0 ? found : ~found;
        }

        var inTail = _tail.BinarySearch(key);
        return _base.Length + (inTail >= 0 ? inTail : ~inTail);
    }

    /// <summary>Adds an entry stamped at or after every entry already present.</summary>
    public void Append(long timestamp, uint local)
    {
        var key = Key(timestamp, local);
        var last = Count == 0 ? long.MinValue : this[Count - 1];
        if (TimestampOf(last) > timestamp && Count > 0)
        {
            throw new InvalidOperationException($"An index entry at {timestamp} cannot follow one at {TimestampOf(last)}.");
        }

        var at = _tail.BinarySearch(key);
        if (at >= 0)
        {
            return;
        }

        _tail.Insert(~at, key);
    }
}
