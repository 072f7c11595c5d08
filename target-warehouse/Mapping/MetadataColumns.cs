using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Mapping;

internal static class MetadataColumns
{
    public const string DeletedAtName = "_sdc_deleted_at";
    public const string TableVersionName = "_sdc_table_version";

    public static readonly IReadOnlyList<(MetadataColumn Kind, string Name, ColumnType Type)> All =
    [
        (MetadataColumn.ExtractedAt, "_sdc_extracted_at", ColumnType.Timestamp),
        (MetadataColumn.ReceivedAt, "_sdc_received_at", ColumnType.Timestamp),
        (MetadataColumn.BatchedAt, "_sdc_batched_at", ColumnType.Timestamp),
        (MetadataColumn.DeletedAt, DeletedAtName, ColumnType.Timestamp),
        (MetadataColumn.Sequence, "_sdc_sequence", ColumnType.BigInt),
        (MetadataColumn.TableVersion, TableVersionName, ColumnType.BigInt),
        (MetadataColumn.SyncStartedAt, "_sdc_sync_started_at", ColumnType.Timestamp),
    ];

    /// <summary>Whether a column is one of the target's own (_sdc_), not the record's.</summary>
    public static bool IsMetadata(string column) => All.Any(m => m.Name == column);

    /// <summary>Columns ACTIVATE_VERSION needs whether or not record metadata is on.</summary>
    public static bool IsVersioning(MetadataColumn kind) => kind is MetadataColumn.TableVersion or MetadataColumn.DeletedAt;
}
