using System.Text.Json;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>
/// Takes RECORD messages while their line is read, so that a record's JSON is parsed once, straight
/// into whatever the receiver keeps (a target's batch), instead of into a document first. Whatever
/// it declines is parsed in full and read as an ordinary <see cref="Messages.RecordMessage"/>.
/// </summary>
internal interface IRecordReceiver
{
    /// <summary>
    /// Converts the "record" object the reader is on, reading through its end, into a pending record.
    /// Returns false to decline: a stream it does not know yet, or a record it cannot take; the line
    /// is then read again in full and the pending record dropped.
    /// </summary>
    /// <param name="line">The reader's input, the whole line.</param>
    bool TryConvert(string stream, ReadOnlySpan<byte> line, ref Utf8JsonReader reader);

    /// <summary>Makes the pending record a record once the rest of its line has been read; false declines it as above.</summary>
    bool TryAccept(DateTimeOffset? timeExtracted, long? version, long lineNumber);
}
