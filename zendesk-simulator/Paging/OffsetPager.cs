namespace Zendesk.Simulator.Paging;

/// <summary>Offset pagination: page and per_page, capped at page 100 / 10,000 records.</summary>
internal static class OffsetPager
{
    public const int MaxPerPage = 100;
    public const int MaxPages = 100;
    public const int MaxRecords = 10_000;

    /// <summary>False when the request goes beyond the depth Zendesk allows (400 InvalidPaginationDepth).</summary>
    public static bool WithinDepth(int page, int perPage) => page <= MaxPages && (long)page * perPage <= MaxRecords;

    public static OffsetPage Page(ListSource source, int page, int perPage, int start = 0)
    {
        var skip = (page - 1) * perPage;
        var positions = new List<int>(perPage);
        var seen = 0;
        var position = start;
        for (; position < source.Length && positions.Count < perPage; position++)
        {
            if (!source.Include(position))
            {
                continue;
            }

            if (seen++ >= skip)
            {
                positions.Add(position);
            }
        }

        if (!source.Filtered)
        {
            return new OffsetPage(positions, source.Length - start, position < source.Length);
        }

        var count = seen;
        var hasNext = false;
        for (; position < source.Length; position++)
        {
            if (source.Include(position))
            {
                hasNext = true;
                count++;
            }
        }

        return new OffsetPage(positions, count, hasNext);
    }
}
