namespace Zendesk.Singer.Protocol.Tests.Lines;

internal sealed record StateSnapshot(long LineNumber, string Json) : Snapshot(LineNumber);
