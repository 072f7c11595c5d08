using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// The rows a warehouse must hold, per stream and key. Runs upsert into what earlier runs loaded,
/// so the expectation after a run is the previous one with the source's current records laid over it
/// (rows the source stopped listing, such as a deleted ticket's audits, stay).
/// </summary>
internal sealed class WarehouseSnapshot
{
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _streams;

    private WarehouseSnapshot(Dictionary<string, Dictionary<string, JsonObject>> streams) => _streams = streams;

    public IEnumerable<string> Streams => _streams.Keys.Order(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonObject> this[string stream] => _streams[stream];

    public static bool IsSingleObject(string stream) => stream is "talk_settings" or "talk_current_queue_activity";

    public static string KeyColumn(string stream) => KeyColumns(stream)[0];

    /// <summary>
    /// The columns of a stream's key: most have one, tag history rows are keyed by event and tag. A
    /// single-object stream has no key and loads one row; any of its columns names that row.
    /// </summary>
    public static IReadOnlyList<string> KeyColumns(string stream) => stream switch
    {
        "tags" or "macro_categories" => ["name"],
        "custom_objects" => ["key"],
        "ticket_tag_history" => ["event_id", "tag"],
        "help_center_locales" => ["brand_id", "locale"],
        "talk_agents_activity" => ["agent_id"],
        "talk_settings" => ["maximum_queue_size"],
        "talk_current_queue_activity" => ["agents_online"],
        _ => ["id"],
    };

    public static WarehouseSnapshot Of(IReadOnlyDictionary<string, List<JsonObject>> records)
    {
        var streams = new Dictionary<string, Dictionary<string, JsonObject>>(StringComparer.Ordinal);
        foreach (var (stream, list) in records)
        {
            var byKey = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var record in list)
            {
                var key = KeyOf(stream, record);
                if (!byKey.TryAdd(key, record))
                {
                    throw new InvalidOperationException($"the simulator holds two {stream} records with {KeyColumn(stream)} {key}");
                }
            }

            streams[stream] = byKey;
        }

        return new WarehouseSnapshot(streams);
    }

    public static string KeyOf(string stream, JsonObject record) =>
        string.Join('|', KeyColumns(stream).Select(column =>
            record[column]?.ToJsonString() is { } key ? key.Trim('"') : throw new InvalidOperationException($"a {stream} record has no {column}")));

    /// <summary>This snapshot with <paramref name="newer"/>'s records upserted into it.</summary>
    public WarehouseSnapshot Then(WarehouseSnapshot newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        var streams = _streams.ToDictionary(s => s.Key, s => new Dictionary<string, JsonObject>(s.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (stream, records) in newer._streams)
        {
            if (!streams.TryGetValue(stream, out var byKey))
            {
                byKey = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
                streams[stream] = byKey;
            }

            foreach (var (key, record) in records)
            {
                byKey[key] = record;
            }
        }

        return new WarehouseSnapshot(streams);
    }

    /// <summary>The keys of <paramref name="stream"/> that are new here, or hold a different record than in <paramref name="older"/>.</summary>
    public IReadOnlyList<string> ChangedSince(WarehouseSnapshot older, string stream)
    {
        ArgumentNullException.ThrowIfNull(older);
        var before = older._streams.GetValueOrDefault(stream) ?? [];
        return [.. _streams[stream].Where(r => !before.TryGetValue(r.Key, out var old) || !JsonEquality.Equal(old, r.Value)).Select(r => r.Key).Order(StringComparer.Ordinal)];
    }

    public WarehouseSnapshot Only(IEnumerable<string> streams)
    {
        var wanted = streams.ToHashSet(StringComparer.Ordinal);
        return new WarehouseSnapshot(_streams.Where(s => wanted.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
    }
}
