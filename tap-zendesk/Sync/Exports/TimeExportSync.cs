using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// Reads a time-based incremental export (organizations, ticket metric events, ticket events) for
/// the streams it feeds. The export starts at the earliest member position; a record reaches a member
/// only if that member has not emitted it yet, so no record is emitted twice and none is skipped,
/// including the records of the boundary second that each page repeats. STATE follows every page.
/// </summary>
internal sealed class TimeExportSync(StreamDefinition export, IReadOnlyList<TimeExportMember> members, SyncContext context)
    : IExtractor
{
    private readonly RecordField _timeField = new(export.ReplicationKey!);
    private readonly RecordField _keyField = new(export.Key);

    /// <summary>A record changed after end_date was read: the window is done.</summary>
    private bool _passedEnd;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var start = context.Config.StartDate;
        foreach (var member in members)
        {
            member.Position = member.Output.FullTable
                ? TimePosition.At(start.ToUnixTimeSeconds())
                : TimePosition.FromBookmark(context.Group.Bookmark(member.Output.Name), member.Output.Definition.ReplicationKey!, start);
        }

        var from = members.Min(m => m.Position.Seconds);
        if (from > context.Config.EndSeconds)
        {
            context.Log.Info($"stream {export.Name}: its bookmark is past end_date; nothing to read");
            return;
        }

        if (from > context.LatestStartTime)
        {
            context.Log.Info($"stream {export.Name}: nothing new yet (Zendesk exports changes older than one minute)");
            return;
        }

        var query = ExportQuery.Of(export, members.Select(m => m.Output.Definition.Query), context.Config);
        var paginator = new TimeExportPaginator(export.Path, export.RecordsKey, context.Config.ExportPageSize, query);
        var stats = members[0].Output.Stats;
        try
        {
            await foreach (var page in PageReader.ReadAsync(context.Client, paginator, paginator.First(from), RequestBudget.Incremental, stats, context.Clock, cancellationToken))
            {
                if (!EmitPage(page))
                {
                    break;
                }
            }
        }
        catch (ZendeskTooRecentException)
        {
            // Zendesk's "Too recent start_time": the export is up to date.
        }

        if (context.Config.EndSeconds is { } window && !_passedEnd && window <= context.LatestStartTime)
        {
            // The export ended before end_date, which it already reaches: nothing up to it is left unread.
            CloseWindow(window, TimePosition.At(long.MinValue));
        }
    }

    private void CloseWindow(long window, TimePosition latest)
    {
        foreach (var member in members)
        {
            member.Position.Advance(latest.Seconds, latest.Ids);
            member.Position.Advance(window, []);
            if (!member.Output.FullTable)
            {
                context.Group.Set(member.Output.Name, member.Position.ToBookmark(member.Output.Definition.ReplicationKey!));
            }
        }

        context.Group.Emit();
    }

    private bool EmitPage(Page page)
    {
        var records = new PageRecords(this, page);
        page.Visit(ref records);
        var latest = records.Latest;
        if (context.Config.EndSeconds is { } window && (_passedEnd || page.EndTime > window))
        {
            // The export is in time order: past end_date, every record up to it has been read.
            _passedEnd = true;
            CloseWindow(window, latest);
            return false;
        }

        if (latest.Seconds == long.MinValue)
        {
            return false;
        }

        var end = Math.Max(page.EndTime ?? latest.Seconds, latest.Seconds);
        foreach (var member in members)
        {
            member.Position.Advance(end, end == latest.Seconds ? latest.Ids : []);
            if (!member.Output.FullTable)
            {
                context.Group.Set(member.Output.Name, member.Position.ToBookmark(member.Output.Definition.ReplicationKey!));
            }
        }

        context.Group.Emit();
        return true;
    }

    private void Emit<TRecord>(TRecord record, Page page, TimePosition latest)
        where TRecord : struct, IRecord
    {
        var seconds = record.Time(_timeField)?.ToUnixTimeSeconds() ?? page.StartTime ?? 0;
        if (seconds > context.Config.EndSeconds)
        {
            _passedEnd = true;
            return;
        }

        var key = record.Key(_keyField);
        foreach (var member in members)
        {
            if (!member.Position.Covers(seconds, key))
            {
                member.Emit(record.AsElement(), page);
            }
        }

        latest.Advance(seconds, key);
    }

    private readonly struct PageRecords(TimeExportSync sync, Page page) : IRecordVisitor
    {
        /// <summary>The page's latest second and the keys read at it.</summary>
        public TimePosition Latest { get; } = TimePosition.At(long.MinValue);

        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => sync.Emit(record, page, Latest);
    }
}
