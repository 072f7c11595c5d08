using System.Text.Json.Nodes;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Routing;

/// <summary>
/// The agents' skills, as the events of Zendesk's instance values export: an agent given a skill
/// (<c>associate_agent</c>) or losing it (<c>unassociate_agent</c>), keyed by the instance value's id
/// and the type, so a row is one event and never changes. The export's ticket events
/// (<c>associate_ticket</c>, <c>unassociate_ticket</c>) are tickets' skills, not agents', and are skipped.
/// <para>
/// A run resumes from the stored cursor. Zendesk lists an association again beside its removal, so one
/// an earlier run emitted comes back: it is older than the bookmark's time and is dropped, while every
/// event new since that run is younger. For that the bookmark's time moves only once a run has read the
/// export to its end; a run stopped midway keeps the time it started with beside the cursor it reached,
/// so its resume decides as it would have. With end_date, events after it are not emitted and the
/// cursor stays where the run started, so the next run reads them again.
/// </para>
/// </summary>
internal sealed class AgentAttributeValuesSync(StreamOutput output, SyncContext context) : IExtractor
{
    public const string Name = "routing_agent_attribute_values";

    private static readonly RecordField TimeField = new("time");
    private static readonly RecordField IdField = new("id");
    private static readonly RecordField TypeField = new("type");

    private readonly TimePosition _latest = TimePosition.At(long.MinValue);
    private TimePosition? _since;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var definition = output.Definition;
        var timeKey = definition.ReplicationKey!;
        var bookmark = output.FullTable ? null : context.Group.Bookmark(Name);
        var startCursor = bookmark?[BookmarkKeys.Cursor] is JsonValue value && value.TryGetValue<string>(out var stored) ? stored : null;
        if (output.FullTable)
        {
            output.Version = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        }
        else
        {
            _since = TimePosition.FromBookmark(bookmark, timeKey, context.Config.StartDate);
        }

        var end = context.Config.EndSeconds;
        var paginator = new RoutingExportPaginator(definition.Path, definition.RecordsKey);
        var first = startCursor is null ? paginator.First() : paginator.Resume(startCursor);
        var cursor = startCursor;
        await foreach (var page in PageReader.ReadAsync(context.Client, paginator, first, RequestBudget.Incremental, output.Stats, context.Clock, cancellationToken))
        {
            var events = new Events(this, page.FetchedAt);
            page.Visit(ref events);
            if (_since is not null && end is null)
            {
                cursor = page.AfterCursor;
                context.Group.Set(Name, Bookmark(_since, timeKey, cursor));
                context.Group.Emit();
            }
        }

        if (_since is null)
        {
            output.ActivateVersion();
            return;
        }

        if (_latest.Seconds != long.MinValue)
        {
            _since.Advance(_latest.Seconds, _latest.Ids);
        }

        if (end is { } window)
        {
            _since.Advance(window, []);
        }

        context.Group.Set(Name, Bookmark(_since, timeKey, cursor));
        context.Group.Emit();
    }

    private static JsonObject Bookmark(TimePosition since, string timeKey, string? cursor)
    {
        var bookmark = since.ToBookmark(timeKey);
        bookmark[BookmarkKeys.Cursor] = cursor;
        return bookmark;
    }

    private void Emit<TRecord>(TRecord record, DateTimeOffset fetchedAt)
        where TRecord : struct, IRecord
    {
        if (record.String(TypeField) is not ("associate_agent" or "unassociate_agent"))
        {
            return;
        }

        var seconds = record.Time(TimeField)?.ToUnixTimeSeconds();
        var key = record.Key(IdField);
        if (_since is not null && seconds is { } s && (s > context.Config.EndSeconds || _since.Covers(s, key)))
        {
            return;
        }

        output.Write(record, fetchedAt);
        if (seconds is { } emitted)
        {
            _latest.Advance(emitted, key);
        }
    }

    private readonly struct Events(AgentAttributeValuesSync sync, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => sync.Emit(record, fetchedAt);
    }
}
