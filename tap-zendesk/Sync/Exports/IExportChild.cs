using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>Emits the records that one cursor-export page yields for child streams (metrics, audits, identities).</summary>
internal interface IExportChild
{
    /// <summary>The streams this child feeds; the export keeps their times.</summary>
    IReadOnlyList<ChildOutput> Outputs { get; }

    /// <summary>Fixed query parameters the export needs for this child (a side-load), or null.</summary>
    string? Query { get; }

    /// <summary>Emits this child's records for one export page, after the parent's records.</summary>
    Task EmitAsync(Page page, CancellationToken cancellationToken);
}
