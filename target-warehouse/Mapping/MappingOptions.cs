namespace Zendesk.Singer.Target.Mapping;

/// <param name="FlatteningMaxDepth">Levels of nested objects turned into columns; 0 keeps every object as JSON.</param>
/// <param name="Versioned">Whether the stream uses ACTIVATE_VERSION, which needs the version and deletion columns.</param>
/// <param name="Deletions">Whether records of the stream carry _sdc_deleted_at, which needs the deletion column.</param>
internal sealed record MappingOptions(
    int FlatteningMaxDepth,
    bool AddRecordMetadata,
    bool Versioned,
    int MaxIdentifierBytes,
    bool Deletions = false);
