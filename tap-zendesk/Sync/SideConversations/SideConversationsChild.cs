using System.Globalization;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Sync.SideConversations;

/// <summary>
/// <c>side_conversations</c> and <c>side_conversation_events</c>, read with one request per changed
/// ticket: Zendesk has no export of side conversations, and the ticket list's <c>include=events</c>
/// side-loads the events of the conversations on each page, so the events cost no request of their own.
/// A side conversation's activity is an update of its ticket, so the tickets policy (a change after
/// the ticket's export time waits for the next run) keeps both exact. An account without side
/// conversations (403) is warned about once and not asked again; the tickets go on.
/// </summary>
internal sealed class SideConversationsChild(
    StreamDefinition row,
    ChildOutput? conversations,
    ChildOutput? events,
    IParentPolicy parents,
    SyncContext context) : IExportChild
{
    public const string Stream = "side_conversations";
    public const string EventsStream = "side_conversation_events";

    private readonly RecordField _updatedAt = new(row.ReplicationKey!);
    private readonly RecordField _createdAt = new(StreamTable.Get(EventsStream).ReplicationKey!);
    private int _unavailable;

    public IReadOnlyList<ChildOutput> Outputs { get; } = [.. new[] { conversations, events }.OfType<ChildOutput>()];

    public string? Query => null;

    /// <summary>The selected side-conversation streams of a tickets export, or null when neither is selected.</summary>
    public static SideConversationsChild? For(IParentPolicy parents, SyncContext context)
    {
        var conversations = context.Output(Stream);
        var events = context.Output(EventsStream);
        if (conversations is null && events is null)
        {
            return null;
        }

        return new SideConversationsChild(
            StreamTable.Get(Stream),
            conversations is null ? null : new ChildOutput(conversations),
            events is null ? null : new ChildOutput(events),
            parents,
            context);
    }

    public async Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _unavailable) != 0)
        {
            return;
        }

        await WantedParents.ForEachAsync(page, parents, Outputs, context, FetchOneAsync, cancellationToken);
    }

    private async ValueTask FetchOneAsync(ParentRef ticket, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _unavailable) != 0)
        {
            return;
        }

        var path = row.Path.Replace("{id}", ticket.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var paginator = new CursorListPaginator(events is null ? path : Paging.Query.Append(path, "include=events"), row.RecordsKey, context.Config.ListPageSize);
        try
        {
            await foreach (var page in PageReader.ReadAsync(context.Client, paginator, paginator.First(), RequestBudget.Core, Outputs[0].Output.Stats, context.Clock, cancellationToken))
            {
                if (conversations is not null)
                {
                    var records = new Conversations(this, conversations, ticket, page.FetchedAt);
                    page.Visit(ref records);
                }

                if (events is not null)
                {
                    foreach (var e in PageFields.Array(page.Root, events.Output.Definition.RecordsKey).EnumerateArray())
                    {
                        var record = new ElementRecord(e);
                        Emit(events, record, record.Time(_createdAt), ticket, page.FetchedAt);
                    }
                }
            }
        }
        catch (ZendeskForbiddenException e)
        {
            Unavailable(e);
        }
        catch (ZendeskNotFoundException)
        {
            // The ticket was deleted since the export page was served; the export shows the deletion.
        }
    }

    private void Unavailable(ZendeskException e)
    {
        if (Interlocked.Exchange(ref _unavailable, 1) != 0)
        {
            return;
        }

        foreach (var output in Outputs)
        {
            context.Log.Warn(
                $"stream {output.Output.Name} skipped: Zendesk answered HTTP {e.StatusCode} for {e.Endpoint}; it needs {row.PlanNote}",
                ("zendesk", e.ZendeskMessage));
            output.Output.Stats.Note = $"HTTP {e.StatusCode}";
        }
    }

    private void Emit<TRecord>(ChildOutput target, TRecord record, DateTimeOffset? time, ParentRef ticket, DateTimeOffset fetchedAt)
        where TRecord : struct, IRecord
    {
        if (parents.Admits(time, ticket) && target.Accepts(time))
        {
            target.Output.Write(record, fetchedAt);
        }
    }

    private readonly struct Conversations(SideConversationsChild owner, ChildOutput target, ParentRef ticket, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => owner.Emit(target, record, record.Time(owner._updatedAt), ticket, fetchedAt);
    }
}
