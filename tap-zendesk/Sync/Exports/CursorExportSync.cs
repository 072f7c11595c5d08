using System.Text.Json.Nodes;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// Reads a cursor-based incremental export (tickets, users) for its own stream and its children.
/// A run resumes from the stored <c>after_cursor</c> or starts over (see <see cref="ExportStart"/>);
/// when it starts over, each member drops what it already had. STATE follows every page, after the
/// page's children. Zendesk's cursor exports take no end time, so with end_date the export is read to
/// its end all the same: records changed after end_date are not emitted, but a parent changed after it
/// still yields its children changed before it, which a later run would no longer see.
/// </summary>
internal sealed class CursorExportSync(StreamDefinition export, StreamOutput? parent, IReadOnlyList<IExportChild> children, SyncContext context)
    : IExtractor
{
    private readonly string _timeKey = export.ReplicationKey!;
    private readonly RecordField _timeField = new(export.ReplicationKey!);
    private readonly RecordField _keyField = new(export.Key);
    private readonly List<ChildOutput> _outputs = [.. children.SelectMany(c => c.Outputs)];

    /// <summary>The latest record read (its second and the keys of that second).</summary>
    private TimePosition? _mark;

    /// <summary>When starting over: what the parent already emitted.</summary>
    private TimePosition? _parentDone;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var start = context.Config.StartDate;
        var parentBookmark = parent is { FullTable: false } ? context.Group.Bookmark(parent.Name) : null;
        var parentSince = Timestamps.Parse(parentBookmark?[_timeKey]);
        var cursors = new List<string?>();
        if (parent is not null)
        {
            cursors.Add(CursorOf(parentBookmark));
        }

        if (parentSince is not null)
        {
            _mark = TimePosition.FromBookmark(parentBookmark, _timeKey, start);
        }

        var end = context.Config.EndDate;
        foreach (var child in _outputs)
        {
            var bookmark = child.Output.FullTable ? null : context.Group.Bookmark(child.Output.Name);
            child.Since = Timestamps.Parse(bookmark?[child.Output.Definition.ReplicationKey!]) ?? start;
            child.Until = end;
            if (_mark is null && Timestamps.Parse(bookmark?[BookmarkKeys.Watermark]) is { } watermark)
            {
                _mark = TimePosition.At(watermark.ToUnixTimeSeconds());
            }

            cursors.Add(CursorOf(bookmark));
        }

        if (end is not null && (parent is null || parent.FullTable || (parentSince ?? start) >= end) && _outputs.All(c => c.Output.FullTable || c.Since >= end))
        {
            context.Log.Info($"stream {export.Name}: its bookmarks are at or past end_date; nothing to read");
            return;
        }

        var query = ExportQuery.Of(export, children.Select(c => c.Query), context.Config);
        var paginator = new CursorExportPaginator(export.Path, export.RecordsKey, context.Config.ExportPageSize, query);
        var begin = ExportStart.Decide(cursors, [parentSince ?? start, .. _outputs.Select(c => c.Since)], context.LatestStartTime);
        PageRequest first;
        if (begin.Cursor is { } cursor)
        {
            first = paginator.Resume(cursor);
        }
        else if (begin.From is { } from)
        {
            // Starting over: the parent drops what its bookmark covers, the children filter by their own times.
            _parentDone = parentSince is null ? null : TimePosition.FromBookmark(parentBookmark, _timeKey, start);
            first = paginator.First(from);
        }
        else
        {
            context.Log.Info($"stream {export.Name}: nothing new yet (Zendesk exports changes older than one minute)");
            return;
        }

        var stats = (parent ?? _outputs[0].Output).Stats;
        try
        {
            await foreach (var page in PageReader.ReadAsync(context.Client, paginator, first, RequestBudget.Incremental, stats, context.Clock, cancellationToken))
            {
                await EmitPageAsync(page, cancellationToken);
            }
        }
        catch (ZendeskTooRecentException)
        {
            // Zendesk's "Too recent start_time": the export is up to date.
        }

        if (end is { } window)
        {
            // The whole export was read: every record up to end_date is emitted, and the next pass
            // starts over from there (the last cursor is past it).
            _mark ??= TimePosition.At(window.ToUnixTimeSeconds());
            _mark.Advance(window.ToUnixTimeSeconds(), []);
        }

        if (_mark is not null)
        {
            // The pass is complete: every child record up to the watermark has been emitted.
            var watermark = DateTimeOffset.FromUnixTimeSeconds(_mark.Seconds);
            foreach (var child in _outputs.Where(c => watermark > c.Since))
            {
                child.Since = watermark;
            }

            SaveBookmarks(cursor: null, keepCursor: end is null);
            context.Group.Emit();
        }
    }

    private async Task EmitPageAsync(Page page, CancellationToken cancellationToken)
    {
        var parents = new ParentRecords(this, page.FetchedAt);
        page.Visit(ref parents);

        // Each child reads the page in turn before its first request; the requests of all children
        // (a ticket's audits and its side conversations) are then in flight together, and the first
        // child to fail stops the others, whose records the failed group would discard anyway.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAll(children.Select(c => StopOthersOnFailureAsync(c.EmitAsync(page, stop.Token), stop)).ToList());

        if (_mark is not null)
        {
            SaveBookmarks(page.AfterCursor);
            context.Group.Emit();
        }
    }

    private static async Task StopOthersOnFailureAsync(Task child, CancellationTokenSource stop)
    {
        try
        {
            await child;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stop.CancelAsync();
            throw;
        }
    }

    /// <param name="keepCursor">Without a <paramref name="cursor"/>, whether the stored one stays.</param>
    private void SaveBookmarks(string? cursor, bool keepCursor = true)
    {
        if (parent is { FullTable: false })
        {
            var bookmark = _mark!.ToBookmark(_timeKey);
            bookmark[BookmarkKeys.Cursor] = cursor ?? (keepCursor ? CursorOf(context.Group.Bookmark(parent.Name)) : null);
            context.Group.Set(parent.Name, bookmark);
        }

        var watermark = Timestamps.Format(_mark!.Seconds);
        foreach (var child in _outputs.Where(c => !c.Output.FullTable))
        {
            var bookmark = new JsonObject
            {
                [child.Output.Definition.ReplicationKey!] = Timestamps.Format(child.Since),
                [BookmarkKeys.Watermark] = watermark,
                [BookmarkKeys.Cursor] = cursor ?? (keepCursor ? CursorOf(context.Group.Bookmark(child.Output.Name)) : null),
            };
            context.Group.Set(child.Output.Name, bookmark);
        }
    }

    private static string? CursorOf(JsonObject? bookmark) =>
        bookmark?[BookmarkKeys.Cursor] is JsonValue value && value.TryGetValue<string>(out var cursor) ? cursor : null;

    private void Emit<TRecord>(TRecord record, DateTimeOffset fetchedAt)
        where TRecord : struct, IRecord
    {
        var seconds = record.Time(_timeField)?.ToUnixTimeSeconds();
        if (seconds > context.Config.EndSeconds)
        {
            return;
        }

        var key = record.Key(_keyField);
        if (parent is not null && (_parentDone is null || seconds is null || !_parentDone.Covers(seconds.Value, key)))
        {
            parent.Write(record, fetchedAt);
        }

        if (seconds is { } s)
        {
            _mark ??= TimePosition.At(s);
            _mark.Advance(s, key);
        }
    }

    /// <summary>Emits the export's own records and moves its mark past them.</summary>
    private readonly struct ParentRecords(CursorExportSync sync, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => sync.Emit(record, fetchedAt);
    }
}
