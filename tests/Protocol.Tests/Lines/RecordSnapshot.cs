namespace Zendesk.Singer.Protocol.Tests.Lines;

internal sealed record RecordSnapshot(long LineNumber, string Stream, string Json, long[] Ids, string? Name, DateTimeOffset? TimeExtracted, long? Version)
    : Snapshot(LineNumber);
