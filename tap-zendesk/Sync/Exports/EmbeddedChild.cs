using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>A child embedded in each parent record (a ticket's side-loaded <c>metric_set</c>).</summary>
internal sealed class EmbeddedChild(ChildOutput child) : IExportChild
{
    private readonly RecordField _recordsKey = new(child.Output.Definition.RecordsKey);
    private readonly RecordField _timeKey = new(child.Output.Definition.ReplicationKey!);

    public IReadOnlyList<ChildOutput> Outputs { get; } = [child];

    public string? Query => child.Output.Definition.Query;

    public Task EmitAsync(Page page, CancellationToken cancellationToken)
    {
        var parents = new Parents(this, page.FetchedAt);
        page.Visit(ref parents);
        return Task.CompletedTask;
    }

    private void Emit<TRecord>(TRecord parent, DateTimeOffset fetchedAt)
        where TRecord : struct, IRecord
    {
        // Only the embedded object is parsed, not the whole parent.
        if (parent.Object(_recordsKey) is { } embedded)
        {
            var record = new ElementRecord(embedded);
            if (child.Accepts(record.Time(_timeKey)))
            {
                child.Output.Write(record, fetchedAt);
            }
        }
    }

    private readonly struct Parents(EmbeddedChild owner, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => owner.Emit(record, fetchedAt);
    }
}
