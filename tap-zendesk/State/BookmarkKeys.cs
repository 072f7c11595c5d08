namespace Zendesk.Singer.Tap.State;

/// <summary>The names a bookmark keeps beside its replication key.</summary>
internal static class BookmarkKeys
{
    /// <summary>A cursor export's after_cursor, to resume from.</summary>
    public const string Cursor = "cursor";

    /// <summary>A cursor-export child's record of how far the export's last complete pass went.</summary>
    public const string Watermark = "export_watermark";

    /// <summary>The keys already emitted of the bookmark's own second.</summary>
    public const string BoundaryIds = "boundary_ids";
}
