using System.Buffers;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Protocol.Messages;

/// <summary>
/// A RECORD line read only as far as its envelope: the record object stays in the line's bytes, so
/// that whoever loads it parses it once, straight into its own form, instead of into a document first.
/// </summary>
/// <remarks>
/// The bytes are the reader's and only valid until the next message is read. A record its consumer
/// cannot take is read with <see cref="ParseInFull"/>, which gives the message or the error the
/// reader gives for any line. The record's bytes are only known to have balanced brackets: its
/// consumer reads them with a JSON reader, and bytes that are not valid JSON go to the full parse.
/// </remarks>
/// <param name="Line">The whole line, trimmed.</param>
/// <param name="RecordStart">Where the record object starts in <paramref name="Line"/>.</param>
/// <param name="RecordLength">The record object's length in bytes.</param>
internal sealed record RawRecordMessage(
    string Stream,
    ReadOnlyMemory<byte> Line,
    int RecordStart,
    int RecordLength,
    DateTimeOffset? TimeExtracted,
    long? Version) : SingerMessage
{
    public ReadOnlySpan<byte> Record => Line.Span.Slice(RecordStart, RecordLength);

    /// <param name="document">Holds the message's JSON; the caller disposes it once done with the message.</param>
    public SingerMessage ParseInFull(out JsonDocument document)
    {
        document = FullParse.Document(new ReadOnlySequence<byte>(Line), LineNumber);
        try
        {
            // A stream map that renames a stream passes its records on unread, under the new name.
            var message = FullParse.Message(document, LineNumber);
            return message is RecordMessage record && record.Stream != Stream ? record with { Stream = Stream } : message;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }
}
