namespace Zendesk.Simulator.Paging;

/// <summary>List cursor pagination: page[size], page[after], page[before].</summary>
internal static class CursorPager
{
    public const int MaxSize = 100;

    public static CursorPage Page(ListSource source, int size, long? after, long? before, int start = 0)
    {
        var positions = new List<int>(size);
        bool hasMore;
        if (before is { } beforeKey)
        {
            var position = source.After(beforeKey - 1) - 1;
            while (position >= start && positions.Count < size)
            {
                if (source.Include(position))
                {
                    positions.Add(position);
                }

                position--;
            }

            positions.Reverse();
            hasMore = false;
            for (; position >= start; position--)
            {
                if (source.Include(position))
                {
                    hasMore = true;
                    break;
                }
            }
        }
        else
        {
            var position = after is { } afterKey ? Math.Max(start, source.After(afterKey)) : start;
            while (position < source.Length && positions.Count < size)
            {
                if (source.Include(position))
                {
                    positions.Add(position);
                }

                position++;
            }

            hasMore = false;
            for (; position < source.Length; position++)
            {
                if (source.Include(position))
                {
                    hasMore = true;
                    break;
                }
            }
        }

        for (var i = 1; i < positions.Count; i++)
        {
            if (source.KeyAt(positions[i]) <= source.KeyAt(positions[i - 1]))
            {
                throw new InvalidOperationException($"List keys must grow along the list for cursors to work, but position {positions[i]} has a key no larger than position {positions[i - 1]}.");
            }
        }

        return positions.Count == 0
            ? new CursorPage(positions, false, null, null)
            : new CursorPage(positions, hasMore, Cursors.List(source.KeyAt(positions[0])), Cursors.List(source.KeyAt(positions[^1])));
    }
}
