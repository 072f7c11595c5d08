using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Lists;

/// <summary>
/// What one stream read from a list keeps: a list is not ordered by time, so an incremental stream
/// emits what changed after its bookmark (records of the bookmark's own second count by key) and moves
/// the bookmark only once the whole list is read; a full-table stream is emitted whole under a new
/// table version, activated at the end.
/// </summary>
internal sealed class ListEmitter
{
    private readonly StreamOutput _output;
    private readonly SyncContext _context;
    private readonly RecordField? _timeField;
    private readonly RecordField _keyField;

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
    }

    public StreamOutput Output => _output;

    /// <summary>Where the incremental stream's bookmark stands, or null when it is read in full.</summary>
    public TimePosition? Position { get; }

    public void Emit<TRecord>(TRecord record, DateTimeOffset fetchedAt, RecordExtra[]? extras = null)
        where TRecord : struct, IRecord
    {
        if (Position is null)
        {
            _output.Write(record, fetchedAt, extras);
            return;
        }

        var seconds = record.Time(_timeField!)?.ToUnixTimeSeconds();
        if (seconds > _context.Config.EndSeconds)
        {
            return;
        }

        var key = record.Key(_keyField);
        if (seconds is null || !Position.Covers(seconds.Value, key))
        {
            _output.Write(record, fetchedAt, extras);
        }

        if (seconds is { } s)
        {
            _latest.Advance(s, key);
        }
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

        _context.Group.Set(_output.Name, Position.ToBookmark(_output.Definition.ReplicationKey!));
    }
}
