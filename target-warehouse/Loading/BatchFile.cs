namespace Zendesk.Singer.Target.Loading;

/// <summary>One file of a BATCH message's manifest: its URI as sent, for messages, and the local path it names.</summary>
internal sealed record BatchFile(string Uri, string Path);
