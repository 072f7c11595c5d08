using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Tap.State;

/// <summary>
/// The bookmarks of one stream group (an export with its children, or one list) and the records
/// they cover. The group writes its records to <see cref="Writer"/>, which holds them back (or to
/// batch files, <see cref="Hold"/>, announced there when it publishes); new bookmarks wait beside
/// them; <see cref="Emit"/> publishes both with a STATE. A group that fails discards what it held:
/// no bookmark covers those records, so a resume reads them again.
/// </summary>
internal sealed class GroupState : IDisposable
{
    private readonly TapState _shared;
    private readonly MessageSpool _held = new();
    private readonly Dictionary<string, JsonObject> _pending = new(StringComparer.Ordinal);
    private readonly List<IHeldFiles> _files = [];
    private readonly Lock _gate = new();

    public GroupState(TapState shared)
    {
        _shared = shared;
        Writer = new SingerWriter(_held);
    }

    /// <summary>Where the group's RECORD and ACTIVATE_VERSION messages go.</summary>
    public SingerWriter Writer { get; }

    /// <summary>Files the group's streams write instead of messages, sealed with each STATE and discarded with the group.</summary>
    public void Hold(IHeldFiles files)
    {
        lock (_gate)
        {
            _files.Add(files);
        }
    }

    /// <summary>A copy of the stream's bookmark: the group's newest, published or not.</summary>
    public JsonObject? Bookmark(string stream)
    {
        lock (_gate)
        {
            return _pending.TryGetValue(stream, out var pending) ? (JsonObject)pending.DeepClone() : _shared.Bookmark(stream);
        }
    }

    /// <summary>Sets a bookmark, published with the group's next <see cref="Emit"/>.</summary>
    public void Set(string stream, JsonObject bookmark)
    {
        lock (_gate)
        {
            _pending[stream] = (JsonObject)bookmark.DeepClone();
        }
    }

    /// <summary>
    /// Publishes the records written so far with the bookmarks set so far, which must cover them,
    /// and a STATE. Nothing is written when nothing has changed since the last one. A group whose
    /// records go to batch files publishes only once one of them holds batch_size records, or at
    /// its <paramref name="last"/>: a STATE after each page would close every file at a page's size, and a target
    /// pays for each BATCH it loads (a transaction, a bulk read) as much as for thousands of records.
    /// </summary>
    public void Emit(bool last = false)
    {
        lock (_gate)
        {
            if (!last && _files.Count > 0 && !_files.Exists(f => f.HasFullFile))
            {
                return;
            }

            foreach (var files in _files)
            {
                files.Seal();
            }

            Writer.Flush();
            if (_pending.Count == 0 && _held.Count == 0)
            {
                return;
            }

            try
            {
                _shared.Publish(_pending, _held);
            }
            finally
            {
                // Even a write that failed may have announced some files to the target: they are never deleted.
                foreach (var files in _files)
                {
                    files.Published();
                }
            }

            _pending.Clear();
        }
    }

    /// <summary>Forgets the records and bookmarks not yet published.</summary>
    public void Discard()
    {
        lock (_gate)
        {
            Writer.Flush();
            _held.Clear();
            _pending.Clear();
            foreach (var files in _files)
            {
                files.Discard();
            }
        }
    }

    public void Dispose()
    {
        Writer.Dispose();
        _held.Dispose();
    }
}
