using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.State;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// singer-io's tap-zendesk syncs audits, comments and metrics as children of tickets, with the
/// tickets bookmark alone (a time, no cursor). Read as it is, that state would send every audit and
/// comment again, since those streams have no bookmark of their own here; so they take the time of
/// the tickets bookmark. A state of ours always has a cursor in its tickets bookmark, and a child
/// newly selected beside it still starts at start_date.
/// </summary>
internal static class LegacyChildren
{
    private static readonly (string Stream, string Key)[] Children =
    [
        ("ticket_audits", "created_at"),
        ("ticket_comments", "created_at"),
        ("ticket_metrics", "updated_at"),
    ];

    public static void Adopt(StateDocument state)
    {
        if (state.BookmarkOf("tickets") is not { } tickets
            || tickets.ContainsKey(BookmarkKeys.Cursor)
            || Timestamps.Parse(tickets["generated_timestamp"]) is not { } time)
        {
            return;
        }

        foreach (var (stream, key) in Children)
        {
            if (!state.Bookmarks.ContainsKey(stream))
            {
                state.Bookmarks[stream] = new JsonObject { [key] = Timestamps.Format(time) };
            }
        }
    }
}
