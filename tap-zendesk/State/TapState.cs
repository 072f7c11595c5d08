using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Serialization;
using Zendesk.Singer.Protocol.State;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// The run's state, shared by the stream groups that sync at once. Each group holds its records
/// back until its bookmarks move past them (<see cref="GroupState"/>), then publishes records and
/// bookmarks together with a STATE; so the bookmarks here always cover exactly the records written,
/// and every STATE, whichever group writes it, covers everything before it and nothing after.
/// </summary>
internal sealed class TapState(StateDocument document, SingerWriter writer)
{
    private readonly Lock _gate = new();

    public JsonObject? Bookmark(string stream)
    {
        lock (_gate)
        {
            return document.BookmarkOf(stream)?.DeepClone() as JsonObject;
        }
    }

    /// <summary>A group of streams whose records and bookmarks are published together.</summary>
    public GroupState OpenGroup() => new(this);

    /// <summary>
    /// Writes the records a group held back, takes its new bookmarks, and writes a STATE holding
    /// every bookmark, with no other group's messages in between.
    /// </summary>
    public void Publish(IReadOnlyDictionary<string, JsonObject> bookmarks, MessageSpool records)
    {
        lock (_gate)
        {
            foreach (var (stream, bookmark) in bookmarks)
            {
                document.Bookmarks[stream] = bookmark;
            }

            document.CurrentlySyncing = null;
            writer.WriteState(Snapshot(), records);
        }
    }

    /// <summary>Writes a STATE message holding every bookmark as it stands.</summary>
    public void Emit()
    {
        lock (_gate)
        {
            document.CurrentlySyncing = null;
            writer.WriteState(Snapshot());
        }
    }

    public JsonNode Snapshot()
    {
        lock (_gate)
        {
            return JsonSerializer.SerializeToNode(document, ProtocolJsonContext.Default.StateDocument)!;
        }
    }
}
