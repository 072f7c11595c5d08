namespace Zendesk.Simulator.Paging;

/// <summary>One page of offset pagination.</summary>
internal sealed record OffsetPage(IReadOnlyList<int> Positions, int Count, bool HasNext);
