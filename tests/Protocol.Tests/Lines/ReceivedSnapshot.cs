namespace Zendesk.Singer.Protocol.Tests.Lines;

internal sealed record ReceivedSnapshot(long LineNumber, string Stream) : Snapshot(LineNumber);
