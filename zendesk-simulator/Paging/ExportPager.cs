using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Paging;

/// <summary>
/// Incremental export paging over a <see cref="TimeIndex"/>: records changed at or
/// after a point and no later than the freshness floor, in (timestamp, id) order.
/// </summary>
internal static class ExportPager
{
    public const int MaxPerPage = 1000;

    /// <summary>
    /// Time-based: starts at <paramref name="startTime"/> inclusive. A page that would end on a second
    /// it started in — more records share that second than fit — takes the whole second and the next
    /// one as well, so it is larger than per_page but its end_time moves on and paging cannot loop.
    /// A <paramref name="strict"/> page (the sample export's) never holds more than per_page.
    /// </summary>
    public static ExportPage TimeBased(TimeIndex index, long startTime, int perPage, long floor, Func<uint, bool> include, bool strict = false)
    {
        var keys = new List<long>(Math.Min(perPage, 1024));
        var position = index.LowerBound(TimeIndex.Key(startTime, 0));
        var endTime = startTime;
        var lastKey = TimeIndex.Key(startTime, 0) - 1;
        long firstTime = -1;
        var extendThrough = long.MinValue;
        for (; position < index.Count; position++)
        {
            var key = index[position];
            var time = TimeIndex.TimestampOf(key);
            if (time > floor)
            {
                break;
            }

            if (!index.IsCurrent(key))
            {
                continue;
            }

            if (strict && keys.Count >= perPage)
            {
                break;
            }

            if (keys.Count >= perPage && time > extendThrough)
            {
                if (extendThrough == long.MinValue && time == endTime && endTime == firstTime)
                {
                    extendThrough = NextSecond(index, position, floor, time);
                }
                else
                {
                    break;
                }
            }

            if (firstTime < 0)
            {
                firstTime = time;
            }

            endTime = time;
            lastKey = key;
            if (include(TimeIndex.LocalOf(key)))
            {
                keys.Add(key);
            }
        }

        return new ExportPage(keys, endTime, lastKey, !HasCurrent(index, position, floor));
    }

    /// <summary>Cursor-based: continues strictly after the position <paramref name="afterKey"/>; no record is returned twice.</summary>
    public static ExportPage CursorBased(TimeIndex index, long afterKey, int perPage, long floor, Func<uint, bool> include)
    {
        var keys = new List<long>(Math.Min(perPage, 1024));
        var position = index.LowerBound(afterKey + 1);
        var lastKey = afterKey;
        for (; position < index.Count && keys.Count < perPage; position++)
        {
            var key = index[position];
            if (TimeIndex.TimestampOf(key) > floor)
            {
                break;
            }

            if (!index.IsCurrent(key))
            {
                continue;
            }

            lastKey = key;
            if (include(TimeIndex.LocalOf(key)))
            {
                keys.Add(key);
            }
        }

        return new ExportPage(keys, TimeIndex.TimestampOf(lastKey), lastKey, !HasCurrent(index, position, floor));
    }

    private static long NextSecond(TimeIndex index, int position, long floor, long second)
    {
        for (; position < index.Count; position++)
        {
            var time = TimeIndex.TimestampOf(index[position]);
            if (time > floor)
            {
                break;
            }

            if (time > second && index.IsCurrent(index[position]))
            {
                return time;
            }
        }

        return second;
    }

    private static bool HasCurrent(TimeIndex index, int position, long floor)
    {
        for (; position < index.Count; position++)
        {
            var key = index[position];
            if (TimeIndex.TimestampOf(key) > floor)
            {
                return false;
            }

            if (index.IsCurrent(key))
            {
                return true;
            }
        }

        return false;
    }
}
