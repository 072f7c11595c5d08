namespace Zendesk.Singer.Protocol.Messages;

/// <summary>
/// The Singer SDK's BATCH message: a stream's records sent as files rather than RECORD lines. The
/// records of the files come, in the protocol's order, where the message stands.
/// </summary>
/// <param name="Manifest">The files' URIs (<c>file://</c> for local files), in the order their records were written.</param>
internal sealed record BatchMessage(string Stream, BatchEncoding Encoding, IReadOnlyList<string> Manifest) : SingerMessage;
