namespace Zendesk.Singer.Tap.Streams;

/// <summary>How a stream's endpoint pages.</summary>
internal enum PagingStyle
{
    /// <summary>Time-based incremental export: <c>start_time</c>, <c>end_time</c>, <c>end_of_stream</c>.</summary>
    TimeExport,

    /// <summary>Cursor-based incremental export: <c>start_time</c> once, then <c>cursor</c>.</summary>
    CursorExport,

    /// <summary>Skill-based routing exports: no start time, <c>cursor</c> from <c>next_page</c>, the end is a page with <c>count</c> 0.</summary>
    RoutingExport,

    /// <summary>List cursor paging: <c>page[size]</c>, <c>meta.has_more</c>, <c>meta.after_cursor</c>.</summary>
    Cursor,

    /// <summary>Offset paging: <c>page</c>, <c>per_page</c>, <c>next_page</c>; capped at 100 pages.</summary>
    Offset,

    /// <summary>One request returns everything.</summary>
    SinglePage,

    /// <summary>One request returns one object, not a list: the stream's only record (Talk settings, the Talk queue).</summary>
    SingleObject,

    /// <summary>No request of its own: the records come inside the parent's records or pages.</summary>
    Parent,
}
