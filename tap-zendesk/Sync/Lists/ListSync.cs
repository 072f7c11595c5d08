using System.Globalization;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Lists;

/// <summary>
/// A list endpoint (cursor, offset or unpaged). Most cannot filter by time, so an incremental list is
/// read whole and a record is emitted when it changed after the bookmark (records of the bookmark's
/// own second count by id); the bookmark moves only at the end, since lists are not ordered by time.
/// A full-table list is emitted whole under a new table version, activated at the end.
/// </summary>
internal sealed class ListSync(StreamOutput output, SyncContext context) : IExtractor
{
    private readonly StreamDefinition _definition = output.Definition;
    private readonly RecordField? _timeField = output.Definition.ReplicationKey is { } key ? new(key) : null;
    private readonly RecordField _keyField = new(output.Definition.Key);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var incremental = !output.FullTable && _definition.ReplicationKey is not null;
        var rk = _definition.ReplicationKey;
        var position = incremental
            ? TimePosition.FromBookmark(context.Group.Bookmark(output.Name), rk!, context.Config.StartDate)
            : null;
        if (!incremental)
        {
            output.Version = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        }

        var (paginator, first) = Paginate(position);
        // The latest second read and the keys read at it.
        var latest = TimePosition.At(long.MinValue);
        var capped = false;
        await foreach (var page in PageReader.ReadAsync(context.Client, paginator, first, RequestBudget.Core, output.Stats, context.Clock, cancellationToken))
        {
            capped |= page.Capped;
            var records = new PageRecords(this, position, latest, page.FetchedAt);
            page.Visit(ref records);
        }

        if (capped)
        {
            context.Log.Warn($"stream {output.Name}: Zendesk serves at most {OffsetPaginator.MaxPages} pages of this list; the records beyond were not read");
        }

        if (position is not null)
        {
            if (latest.Seconds != long.MinValue)
            {
                position.Advance(latest.Seconds, latest.Ids);
            }

            if (context.Config.EndSeconds is { } end)
            {
                // The list was read whole: everything up to the window's end is emitted.
                position.Advance(end, []);
            }

            context.Group.Set(output.Name, position.ToBookmark(rk!));
            context.Group.Emit();
        }
        else
        {
            output.ActivateVersion();
        }
    }

    private (IPaginator Paginator, PageRequest First) Paginate(TimePosition? position)
    {
        var path = Query.Append(WithServerFilter(position), _definition.Query);
        switch (_definition.Paging)
        {
            case PagingStyle.Offset:
                var offset = new OffsetPaginator(path, _definition.RecordsKey, context.Config.ListPageSize);
                return (offset, offset.First());
            case PagingStyle.SinglePage:
                var single = new SinglePagePaginator(path, _definition.RecordsKey);
                return (single, single.First());
            default:
                var cursor = new CursorListPaginator(path, _definition.RecordsKey, context.Config.ListPageSize);
                return (cursor, cursor.First());
        }
    }

    private string WithServerFilter(TimePosition? position)
    {
        if (position is null)
        {
            return _definition.Path;
        }

        var since = DateTimeOffset.FromUnixTimeSeconds(position.Seconds);
        return _definition.Filter switch
        {
            ServerFilter.StartTime => Query.Build(_definition.Path, ("start_time", position.Seconds.ToString(CultureInfo.InvariantCulture))),
            ServerFilter.Since => Query.Build(_definition.Path, ("since", Timestamps.Format(since))),
            ServerFilter.CreatedAtWindow => Query.Build(
                _definition.Path,
                ("filter[created_at][]", Timestamps.Format(since)),
                ("filter[created_at][]", Timestamps.Format(context.Clock.GetUtcNow()))),
            _ => _definition.Path,
        };
    }

    private void Emit<TRecord>(TRecord record, TimePosition? position, TimePosition latest, DateTimeOffset fetchedAt)
        where TRecord : struct, IRecord
    {
        if (position is null)
        {
            output.Write(record, fetchedAt);
            return;
        }

        var seconds = record.Time(_timeField!)?.ToUnixTimeSeconds();
        if (seconds > context.Config.EndSeconds)
        {
            return;
        }

        var key = record.Key(_keyField);
        if (seconds is null || !position.Covers(seconds.Value, key))
        {
            output.Write(record, fetchedAt);
        }

        if (seconds is { } s)
        {
            latest.Advance(s, key);
        }
    }

    private readonly struct PageRecords(ListSync sync, TimePosition? position, TimePosition latest, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => sync.Emit(record, position, latest, fetchedAt);
    }
}
