namespace Zendesk.Singer.Protocol.Messages;

/// <summary>
/// The Singer SDK's BATCH message: a stream's records sent as files rather than RECORD lines. The
/// records of the files come, in the protocol's order, where the message stands.
/// </summary>
/// <param name="Manifest">The files' URIs (<c>file://</c> for local files), in the order their records were written.</param>
/// <param name="Version">
/// The table version the files' records belong to, as a RECORD's <c>version</c>: an extension of the
/// SDK's message, which has no place for it, so that a full-table stream can be sent in batches.
/// Readers that do not know it ignore it.
/// </param>
internal sealed record BatchMessage(string Stream, BatchEncoding Encoding, IReadOnlyList<string> Manifest, long? Version = null) : SingerMessage;
