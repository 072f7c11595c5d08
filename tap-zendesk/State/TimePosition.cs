using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// How far a time-ordered read has come: every record before <see cref="Seconds"/> is emitted, and of
/// the records of that very second, those whose keys are in <see cref="Ids"/>. Kept in a bookmark as
/// the replication key (ISO 8601) and <c>boundary_ids</c>, so the next read can start at that second
/// and drop exactly what was already emitted.
/// </summary>
internal sealed class TimePosition
{
    private TimePosition(long seconds, HashSet<string> ids)
    {
        Seconds = seconds;
        Ids = ids;
    }

    public long Seconds { get; private set; }

    public HashSet<string> Ids { get; private set; }

    public static TimePosition At(long seconds) => new(seconds, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Reads a bookmark of ours or of singer-io's tap (the key alone, no ids), else starts at <paramref name="fallback"/>.</summary>
    public static TimePosition FromBookmark(JsonObject? bookmark, string replicationKey, DateTimeOffset fallback)
    {
        var time = Timestamps.Parse(bookmark?[replicationKey]);
        if (time is null)
        {
            return At(fallback.ToUnixTimeSeconds());
        }

        var position = At(time.Value.ToUnixTimeSeconds());
        if (bookmark?[BookmarkKeys.Watermark] is not null && bookmark[BookmarkKeys.BoundaryIds] is null)
        {
            // A per-ticket child's bookmark: it takes only records after its time, so that whole second is emitted.
            return At(time.Value.ToUnixTimeSeconds() + 1);
        }

        if (bookmark?[BookmarkKeys.BoundaryIds] is JsonArray ids)
        {
            foreach (var id in ids)
            {
                if (RecordKeys.Of(id) is { } key)
                {
                    position.Ids.Add(key);
                }
            }
        }

        return position;
    }

    /// <summary>Whether the record at <paramref name="seconds"/> with <paramref name="key"/> was already emitted.</summary>
    public bool Covers(long seconds, string? key) =>
        seconds < Seconds || (seconds == Seconds && key is not null && Ids.Contains(key));

    public void Advance(long seconds, IEnumerable<string> keysAtThatSecond)
    {
        if (seconds > Seconds)
        {
            Seconds = seconds;
            Ids = new HashSet<string>(keysAtThatSecond, StringComparer.Ordinal);
        }
        else if (seconds == Seconds)
        {
            Ids.UnionWith(keysAtThatSecond);
        }
    }

    public void Advance(long seconds, string? key)
    {
        if (seconds > Seconds)
        {
            Seconds = seconds;
            Ids = new HashSet<string>(StringComparer.Ordinal);
        }

        if (seconds == Seconds && key is not null)
        {
            Ids.Add(key);
        }
    }

    public JsonObject ToBookmark(string replicationKey) => new()
    {
        [replicationKey] = Timestamps.Format(Seconds),
        [BookmarkKeys.BoundaryIds] = new JsonArray([.. Ids.Order(StringComparer.Ordinal).Select(RecordKeys.ToNode)]),
    };
}
