using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Lists;

/// <summary>
/// What one stream read from a list keeps: a list is not ordered by time, so an incremental stream
/// emits what changed after its bookmark (records of the bookmark's own second count by key) and moves
/// the bookmark only once the whole list is read; a full-table stream is emitted whole under a new
/// table version, activated at the end. The bookmark is the stream's own, or a part of it the caller
/// keeps (a brand's, for the Help Center, whose lists are read once per brand).
/// </summary>
internal sealed class ListEmitter
{
    private readonly StreamOutput _output;
    private readonly SyncContext _context;
    private readonly RecordField? _timeField;
    private readonly RecordField _keyField;
    private readonly Action<TimePosition> _keep;

    // The latest second read and the keys read at it.
    private readonly TimePosition _latest = TimePosition.At(long.MinValue);

    public ListEmitter(StreamOutput output, SyncContext context)
    {
        _output = output;
        _context = context;
        var definition = output.Definition;
        _keyField = new RecordField(definition.Key);
        if (!output.FullTable && definition.ReplicationKey is { } key)
        {
            _timeField = new RecordField(key);
            Position = TimePosition.FromBookmark(context.Group.Bookmark(output.Name), key, context.Config.StartDate);
        }
        else
        {
            output.Version = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        }

        _keep = position => context.Group.Set(output.Name, position.ToBookmark(definition.ReplicationKey!));
    }

    /// <summary>
    /// An incremental read of <paramref name="list"/> (by its key and replication key) from <paramref name="position"/>,
    /// which <paramref name="keep"/> stores once the list is read whole. <paramref name="output"/> may be a stream
    /// read under the list's records (a child of its changed records), which uses <see cref="Note"/> alone.
    /// </summary>
    public ListEmitter(StreamOutput output, SyncContext context, StreamDefinition list, TimePosition position, Action<TimePosition> keep)
    {
        _output = output;
        _context = context;
        _keyField = new RecordField(list.Key);
        _timeField = new RecordField(list.ReplicationKey!);
        Position = position;
        _keep = keep;
    }

    public StreamOutput Output => _output;

    /// <summary>Where the incremental stream's bookmark stands, or null when it is read in full.</summary>
    public TimePosition? Position { get; }

    public void Emit<TRecord>(TRecord record, DateTimeOffset fetchedAt, RecordExtra[]? extras = null)
        where TRecord : struct, IRecord
    {
        if (Position is null || Note(record) == ListChange.New)
        {
            _output.Write(record, fetchedAt, extras);
        }
    }

    /// <summary>
    /// Notes a record of the list read whole, so that <see cref="Finish"/> moves the bookmark past it,
    /// unless it changed past end_date; says whether it changed since the bookmark.
    /// </summary>
    public ListChange Note<TRecord>(TRecord record)
        where TRecord : struct, IRecord
    {
        var seconds = record.Time(_timeField!)?.ToUnixTimeSeconds();
        var key = record.Key(_keyField);
        var changed = seconds is null || !Position!.Covers(seconds.Value, key);
        if (seconds > _context.Config.EndSeconds)
        {
            return changed ? ListChange.Later : ListChange.Covered;
        }

        if (seconds is { } s)
        {
            _latest.Advance(s, key);
        }

        return changed ? ListChange.New : ListChange.Covered;
    }

    /// <summary>Sets the bookmark past everything read, or activates the table version written.</summary>
    public void Finish()
    {
        if (Position is null)
        {
            _output.ActivateVersion();
            return;
        }

        if (_latest.Seconds != long.MinValue)
        {
            Position.Advance(_latest.Seconds, _latest.Ids);
        }

        if (_context.Config.EndSeconds is { } end)
        {
            // The list was read whole: everything up to the window's end is emitted.
            Position.Advance(end, []);
        }

        _keep(Position);
    }
}
