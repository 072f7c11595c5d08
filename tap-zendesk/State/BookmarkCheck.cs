using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.State;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// Refuses a state whose bookmarks this tap cannot read, before any request: a bookmark ignored
/// would restart its stream from start_date and send again everything since. Streams this tap does
/// not have are left alone (their bookmarks are carried through unchanged).
/// </summary>
internal static class BookmarkCheck
{
    public static void Validate(StateDocument state, string source)
    {
        foreach (var (stream, bookmark) in state.Bookmarks)
        {
            if (StreamTable.Find(stream) is not { } definition || bookmark is null)
            {
                continue;
            }

            string?[] timeKeys = [definition.ReplicationKey, BookmarkKeys.Watermark];
            foreach (var key in timeKeys.OfType<string>())
            {
                if (bookmark[key] is { } value && Timestamps.Parse(value) is null)
                {
                    throw Unreadable(source, stream, key, value, "is not a date-time (ISO 8601 or Unix seconds)");
                }
            }

            if (bookmark[BookmarkKeys.Cursor] is { } cursor && !IsCursor(cursor))
            {
                throw Unreadable(source, stream, BookmarkKeys.Cursor, cursor, "is not an export cursor (a string of letters, digits and + / = _ -)");
            }

            if (bookmark[BookmarkKeys.BoundaryIds] is { } ids && (ids is not JsonArray array || array.Any(id => RecordKeys.Of(id) is null)))
            {
                throw Unreadable(source, stream, BookmarkKeys.BoundaryIds, ids, "is not a list of record ids");
            }
        }
    }

    private static bool IsCursor(JsonNode node) =>
        node is JsonValue value
        && value.TryGetValue<string>(out var text)
        && text.Length > 0
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '_' or '-');

    private static ConfigurationException Unreadable(string source, string stream, string key, JsonNode value, string problem)
    {
        var shown = value.ToJsonString();
        if (shown.Length > 80)
        {
            shown = string.Concat(shown.AsSpan(0, 77), "...");
        }

        return new ConfigurationException($"state {source}: the bookmark of stream \"{stream}\" cannot be read: \"{key}\" {shown} {problem}; fix or remove that bookmark (without it the stream starts again from start_date)");
    }
}
