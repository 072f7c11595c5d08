namespace Zendesk.Simulator.Paging;

/// <summary>
/// One page of an incremental export: the index keys of the records to write, the last timestamp
/// scanned (the time-based <c>end_time</c>), the last key scanned (the cursor's position) and
/// whether the export reached the freshness floor.
/// </summary>
internal sealed record ExportPage(IReadOnlyList<long> Keys, long EndTime, long LastKey, bool EndOfStream);
