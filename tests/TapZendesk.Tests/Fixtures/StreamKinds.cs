using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>Which streams are incremental and how their records are told apart.</summary>
internal static class StreamKinds
{
    public static IEnumerable<string> Incremental => StreamTable.All.Where(s => s.IsIncremental).Select(s => s.Name);

    public static IEnumerable<string> FullTable => StreamTable.All.Where(s => !s.IsIncremental).Select(s => s.Name);

    public static string KeyOf(string stream) => StreamTable.Get(stream).Key;

    /// <summary>
    /// What tells a record of <paramref name="stream"/> apart: its key's columns joined (tag history rows
    /// are keyed by event and tag), or the whole record for a stream without a key (a single object).
    /// </summary>
    public static string Identity(string stream, JsonNode record) =>
        StreamTable.Get(stream).Keys is { Count: > 0 } keys ? string.Join('|', keys.Select(k => record[k]!.ToJsonString())) : record.ToJsonString();

    /// <summary>Streams read from an incremental export (directly or as its children), whose pages page_size sets up to 1000.</summary>
    public static bool IsFedByExport(string stream)
    {
        var definition = StreamTable.Get(stream);
        while (definition.Parent is { } parent)
        {
            definition = StreamTable.Get(parent);
        }

        return definition.Paging is PagingStyle.TimeExport or PagingStyle.CursorExport;
    }
}
