namespace Zendesk.Singer.Protocol.Tests.Lines;

internal sealed record SchemaSnapshot(long LineNumber, string Stream, string[] Keys, string[] Bookmarks) : Snapshot(LineNumber);
