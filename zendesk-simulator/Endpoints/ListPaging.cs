namespace Zendesk.Simulator.Endpoints;

/// <summary>Which paging a list endpoint offers.</summary>
internal enum ListPaging
{
    /// <summary>Cursor with page[size], offset otherwise.</summary>
    Dual,

    /// <summary>Cursor only; without page[size] a default-size cursor page.</summary>
    CursorOnly,

    /// <summary>Cursor with page[size], everything otherwise (ticket_fields).</summary>
    CursorOrAll,

    /// <summary>No pagination: everything.</summary>
    All,

    /// <summary>Offset only.</summary>
    OffsetOnly,

    /// <summary>Everything in one page, in the envelope of the paging the request asked for (archived tickets' audits).</summary>
    Whole,
}
