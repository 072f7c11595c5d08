using System.Globalization;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Lists;

/// <summary>
/// A list endpoint (cursor, offset or unpaged) and the lists read per record of it (a trigger's
/// revisions, a schedule's holidays). Most lists cannot filter by time, so an incremental list is read
/// whole and filtered here (see <see cref="ListEmitter"/>). A list selected only for its children is
/// read without being emitted.
/// </summary>
internal sealed class ListSync(StreamDefinition definition, StreamOutput? output, IReadOnlyList<ListChild> children, SyncContext context) : IExtractor
{
    /// <summary>The extractor of a list's group: the list, if selected, and its selected children.</summary>
    public static ListSync Create(StreamDefinition root, IReadOnlyList<StreamOutput> members, SyncContext context)
    {
        var children = members
            .Where(m => m.Definition.Parent == root.Name)
            .Select(m => new ListChild(root, m, context))
            .ToList();
        return new ListSync(root, context.Output(root.Name), children, context);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var emitter = output is null ? null : new ListEmitter(output, context);
        var stats = output?.Stats ?? children[0].Output.Stats;
        var capped = false;
        await foreach (var page in ListPages.ReadAsync(WithServerFilter(emitter?.Position), definition, stats, context, cancellationToken))
        {
            capped |= page.Capped;
            var records = new PageRecords(emitter, children, page.FetchedAt);
            page.Visit(ref records);
        }

        if (capped)
        {
            context.Log.Warn($"stream {definition.Name}: Zendesk serves at most {OffsetPaginator.MaxPages} pages of this list; the records beyond were not read");
        }

        foreach (var child in children)
        {
            await child.RunAsync(cancellationToken);
        }

        emitter?.Finish();
        if (emitter?.Position is not null || children.Count > 0)
        {
            context.Group.Emit();
        }
    }

    private string WithServerFilter(TimePosition? position)
    {
        if (position is null)
        {
            return definition.Path;
        }

        var since = DateTimeOffset.FromUnixTimeSeconds(position.Seconds);
        return definition.Filter switch
        {
            ServerFilter.StartTime => Query.Build(definition.Path, ("start_time", position.Seconds.ToString(CultureInfo.InvariantCulture))),
            ServerFilter.Since => Query.Build(definition.Path, ("since", Timestamps.Format(since))),
            ServerFilter.CreatedAtWindow => Query.Build(
                definition.Path,
                ("filter[created_at][]", Timestamps.Format(since)),
                ("filter[created_at][]", Timestamps.Format(context.Clock.GetUtcNow()))),
            _ => definition.Path,
        };
    }

    private readonly struct PageRecords(ListEmitter? emitter, IReadOnlyList<ListChild> children, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord
        {
            emitter?.Emit(record, fetchedAt);
            foreach (var child in children)
            {
                child.Note(record);
            }
        }
    }
}
