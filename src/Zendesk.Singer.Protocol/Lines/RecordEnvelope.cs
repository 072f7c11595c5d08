using System.Buffers;
using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>
/// The fast path of <see cref="SingerReader"/> for RECORD lines: the envelope is read with a JSON
/// reader, which notes where the record object lies and steps over it by its brackets (see
/// <see cref="ObjectEnd"/>), so that the consumer parses the record once, from the line's bytes.
/// Anything out of the ordinary (the record before its type and stream, a key given twice, bad JSON
/// in the envelope) falls back to the full parse, which gives the message or the error it always
/// gives; so does a record its consumer cannot read (see <see cref="RawRecordMessage"/>).
/// </summary>
internal sealed class RecordEnvelope
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = SingerReader.MaxDepth };

    private static readonly SearchValues<byte> JsonSpace = SearchValues.Create(" \t\r\n"u8);

    private byte[]? _streamUtf8;
    private byte[] _rest = new byte[256];
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
        var json = line.Span;
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var envelope = new EnvelopeFields();
        var step = ReadProperties(ref reader, ref envelope);
        if (step == EnvelopeStep.AtRecord)
        {
            // The record is stepped over by its brackets; the properties after it are read as an
            // object of their own.
            envelope.RecordStart = (int)reader.TokenStartIndex;
            var end = ObjectEnd.Find(json, envelope.RecordStart, SingerReader.MaxDepth - 1);
            if (end < 0 || !TryRest(json[end..], out json))
            {
                return null;
            }

            envelope.RecordLength = end - envelope.RecordStart;
            reader = new Utf8JsonReader(json, Options);
            reader.Read();
            step = ReadProperties(ref reader, ref envelope);
        }

        if (step != EnvelopeStep.Ended || envelope.RecordStart < 0 || reader.BytesConsumed != json.Length)
        {
            return null;
        }

        return new RawRecordMessage(envelope.Stream!, line, envelope.RecordStart, envelope.RecordLength, envelope.Extracted, envelope.Version) { LineNumber = lineNumber };
    }

    /// <summary>Reads the envelope's properties up to its end, or up to the record object, leaving the reader on its start.</summary>
    private EnvelopeStep ReadProperties(ref Utf8JsonReader reader, ref EnvelopeFields envelope)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                if (envelope.IsRecord || reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(MessageTypes.Record))
                {
                    return EnvelopeStep.Failed;
                }

                envelope.IsRecord = true;
            }
            else if (reader.ValueTextEquals("stream"u8))
            {
                reader.Read();
                if (envelope.Stream is not null || reader.TokenType != JsonTokenType.String)
                {
                    return EnvelopeStep.Failed;
                }

                envelope.Stream = StreamName(ref reader);
            }
            else if (reader.ValueTextEquals("record"u8))
            {
                reader.Read();
                return envelope.RecordStart >= 0 || !envelope.IsRecord || envelope.Stream is null || reader.TokenType != JsonTokenType.StartObject
                    ? EnvelopeStep.Failed
                    : EnvelopeStep.AtRecord;
            }
            else if (reader.ValueTextEquals("time_extracted"u8))
            {
                reader.Read();
                if (envelope.Timed || (reader.TokenType == JsonTokenType.String && !TryTime(ref reader, out envelope.Extracted)))
                {
                    return EnvelopeStep.Failed;
                }

                envelope.Timed = true;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                reader.Read();
                if (envelope.Versioned || (reader.TokenType == JsonTokenType.Number && !TryVersion(ref reader, out envelope.Version)))
                {
                    return EnvelopeStep.Failed;
                }

                envelope.Versioned = true;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? EnvelopeStep.Ended : EnvelopeStep.Failed;
    }

    /// <summary>
    /// What follows the record, up to the line's end, as an object of its own: <c>}</c> becomes
    /// <c>{}</c> and <c>,"version":3}</c> becomes <c>{"version":3}</c>.
    /// </summary>
    private bool TryRest(ReadOnlySpan<byte> after, out ReadOnlySpan<byte> rest)
    {
        rest = default;
        var at = after.IndexOfAnyExcept(JsonSpace);
        if (at < 0)
        {
            return false;
        }

        if (after[at] == (byte)',')
        {
            // After the comma comes the next property's name, never the envelope's end.
            var name = after[(at + 1)..].IndexOfAnyExcept(JsonSpace);
            if (name < 0 || after[at + 1 + name] != (byte)'"')
            {
                return false;
            }

            at += 1 + name;
        }
        else if (after[at] != (byte)'}')
        {
            return false;
        }

        var length = after.Length - at + 1;
        if (_rest.Length < length)
        {
            _rest = new byte[Math.Max(length, _rest.Length * 2)];
        }

        _rest[0] = (byte)'{';
        after[at..].CopyTo(_rest.AsSpan(1));
        rest = _rest.AsSpan(0, length);
        return true;
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
