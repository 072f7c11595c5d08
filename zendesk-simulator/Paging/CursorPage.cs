namespace Zendesk.Simulator.Paging;

/// <summary>One page of list cursor pagination: the positions to write and the cursors around them.</summary>
internal sealed record CursorPage(IReadOnlyList<int> Positions, bool HasMore, string? BeforeCursor, string? AfterCursor);
