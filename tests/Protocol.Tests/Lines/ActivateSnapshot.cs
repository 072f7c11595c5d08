namespace Zendesk.Singer.Protocol.Tests.Lines;

internal sealed record ActivateSnapshot(long LineNumber, string Stream, long Version) : Snapshot(LineNumber);
