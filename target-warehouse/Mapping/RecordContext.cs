namespace Zendesk.Singer.Target.Mapping;

/// <summary>What the metadata columns of one record are filled with.</summary>
internal readonly record struct RecordContext(
    DateTime? ExtractedAt,
    DateTime ReceivedAt,
    long Sequence,
    long? Version,
    DateTime SyncStartedAt);
