using System.Buffers;
using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>A line parsed into a document and read as a message, with errors that name the line and column.</summary>
internal static class FullParse
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = SingerReader.MaxDepth };

    public static JsonDocument Document(ReadOnlySequence<byte> line, long lineNumber)
    {
        try
        {
            return JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException e)
        {
            var position = e.BytePositionInLine is { } column ? $" at column {column + 1}" : string.Empty;
            throw new SingerProtocolException(lineNumber, $"invalid JSON{position}: {FirstSentence(e.Message)}");
        }
    }

    public static SingerMessage Message(JsonDocument document, long lineNumber)
    {
        try
        {
            return SingerMessageParser.Parse(document.RootElement, lineNumber);
        }
        catch (InvalidOperationException)
        {
            // The document refuses to decode a string that is not valid Unicode.
            throw new SingerProtocolException(lineNumber, "a message's type, stream or key list is not valid Unicode text (it holds invalid UTF-8 or a lone surrogate escape)");
        }
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends its own "LineNumber: 0 | BytePositionInLine: n." which is meaningless per line.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
