using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Serialization;
using Zendesk.Singer.Protocol.State;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// The run's state, shared by the streams that sync at once. A stream replaces its bookmark only
/// after the records it covers are written, so any STATE written afterwards, by whichever stream,
/// covers nothing that has not been emitted.
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

    public void Set(string stream, JsonObject bookmark)
    {
        lock (_gate)
        {
            document.Bookmarks[stream] = bookmark;
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
