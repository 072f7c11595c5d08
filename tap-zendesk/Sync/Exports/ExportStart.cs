namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// Where a pass over a cursor export begins: at the stored cursor when every member holds the same one
/// (Zendesk keeps it valid after the last page, so nothing is read twice); otherwise (a stream newly
/// selected, a bookmark from singer-io's tap) over again at the earliest of the members' times, unless
/// that time is too recent for Zendesk to export anything yet.
/// </summary>
/// <param name="Cursor">The cursor to resume at, or null.</param>
/// <param name="From">When starting over: the start time (Unix seconds), or null.</param>
internal readonly record struct ExportStart(string? Cursor, long? From)
{
    /// <summary>Neither resuming nor starting over: nothing can be new yet.</summary>
    public bool UpToDate => Cursor is null && From is null;

    /// <param name="cursors">The members' stored cursors, the parent's first (null where a member has none).</param>
    /// <param name="times">The members' times: what each has already emitted.</param>
    /// <param name="latestStartTime">The latest start time the export accepts now (Unix seconds).</param>
    public static ExportStart Decide(IReadOnlyList<string?> cursors, IEnumerable<DateTimeOffset> times, long latestStartTime)
    {
        if (cursors.Count > 0 && cursors[0] is { } cursor && cursors.All(c => c == cursor))
        {
            return new ExportStart(cursor, null);
        }

        var from = times.Min().ToUnixTimeSeconds();
        return from > latestStartTime ? default : new ExportStart(null, from);
    }
}
