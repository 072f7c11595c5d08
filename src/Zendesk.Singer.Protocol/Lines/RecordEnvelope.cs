using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>
/// The fast path of <see cref="SingerReader"/> for RECORD lines: the envelope is read with a JSON
/// reader, which steps over the record object and notes where it lies, so that the consumer parses
/// the record once, from the line's bytes. Anything out of the ordinary (the record before its type
/// and stream, a key given twice, bad JSON anywhere on the line) falls back to the full parse, which
/// gives the message or the error it always gives.
/// </summary>
internal sealed class RecordEnvelope
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = SingerReader.MaxDepth };

    private byte[]? _streamUtf8;
    private string _stream = string.Empty;

    /// <returns>The raw record, or null when the line must be parsed in full.</returns>
    public RawRecordMessage? TryRead(ReadOnlyMemory<byte> line, long lineNumber)
    {
        try
        {
            return Read(line, lineNumber);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Bad JSON, or a name that is not valid Unicode: the full parse reports it.
            return null;
        }
    }

    private RawRecordMessage? Read(ReadOnlyMemory<byte> line, long lineNumber)
    {
        var reader = new Utf8JsonReader(line.Span, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? stream = null;
        bool isRecord = false, timed = false, versioned = false;
        int recordStart = -1, recordLength = 0;
        DateTimeOffset? extracted = null;
        long? version = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                if (isRecord || reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(MessageTypes.Record))
                {
                    return null;
                }

                isRecord = true;
            }
            else if (reader.ValueTextEquals("stream"u8))
            {
                reader.Read();
                if (stream is not null || reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                stream = StreamName(ref reader);
            }
            else if (reader.ValueTextEquals("record"u8))
            {
                reader.Read();
                if (recordStart >= 0 || !isRecord || stream is null || reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                recordStart = (int)reader.TokenStartIndex;
                reader.Skip();
                recordLength = (int)reader.BytesConsumed - recordStart;
            }
            else if (reader.ValueTextEquals("time_extracted"u8))
            {
                reader.Read();
                if (timed || (reader.TokenType == JsonTokenType.String && !TryTime(ref reader, out extracted)))
                {
                    return null;
                }

                timed = true;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                reader.Read();
                if (versioned || (reader.TokenType == JsonTokenType.Number && !TryVersion(ref reader, out version)))
                {
                    return null;
                }

                versioned = true;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (recordStart < 0 || reader.BytesConsumed != line.Length)
        {
            return null;
        }

        return new RawRecordMessage(stream!, line, recordStart, recordLength, extracted, version) { LineNumber = lineNumber };
    }

    /// <summary>A stream's name is read once for a run of its records, not once per line.</summary>
    private string StreamName(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && _streamUtf8 is { } last && reader.ValueSpan.SequenceEqual(last))
        {
            return _stream;
        }

        _stream = reader.GetString()!;
        _streamUtf8 = reader.ValueIsEscaped ? null : reader.ValueSpan.ToArray();
        return _stream;
    }

    /// <summary>time_extracted as the full parse reads it, the reader's own ISO 8601 parse first.</summary>
    private static bool TryTime(ref Utf8JsonReader reader, out DateTimeOffset? time)
    {
        time = null;
        if (reader.TryGetDateTime(out var parsed) && parsed.Kind != DateTimeKind.Local)
        {
            time = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
            return true;
        }

        if (SingerMessageParser.TryParseTimeExtracted(reader.GetString(), out var loose))
        {
            time = loose;
            return true;
        }

        return false;
    }

    private static bool TryVersion(ref Utf8JsonReader reader, out long? version)
    {
        version = reader.TryGetInt64(out var number) ? number : null;
        return version is not null;
    }
}
