namespace Zendesk.Singer.Target.Mapping;

/// <summary>The Meltano SDK's metadata columns; <see cref="None"/> marks a column filled from the record.</summary>
internal enum MetadataColumn
{
    None,
    ExtractedAt,
    ReceivedAt,
    BatchedAt,
    DeletedAt,
    Sequence,
    TableVersion,
    SyncStartedAt,
}
