namespace Zendesk.Singer.Protocol.Tests.Lines;

internal sealed record BatchSnapshot(long LineNumber, string Stream, string Format, string Compression, string[] Manifest, long? Version) : Snapshot(LineNumber);
