using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>Emits the records that one cursor-export page yields for child streams (metrics, audits, identities).</summary>
internal abstract class ExportChild(params ChildOutput[] outputs)
{
    public IReadOnlyList<ChildOutput> Outputs { get; } = outputs;

    /// <summary>Fixed query parameters the export needs for this child (a side-load), or null.</summary>
    public virtual string? Query => Outputs.Select(o => o.Output.Definition.Query).FirstOrDefault(q => q is not null);

    /// <summary>Emits this child's records for one export page, after the parent's records.</summary>
    public abstract Task EmitAsync(Page page, CancellationToken cancellationToken);
}
