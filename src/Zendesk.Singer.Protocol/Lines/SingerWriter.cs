using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>
/// Writes Singer messages as compact JSON, one object per line. Safe to call from concurrent
/// streams: each message is written whole. Output is buffered and flushed at every STATE, so
/// everything a STATE covers has left the process before the STATE itself.
/// </summary>
internal sealed class SingerWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Unicode stays readable and compact; control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    private const int FlushThreshold = 1 << 16;

    private static readonly JsonEncodedText TimeExtracted = JsonEncodedText.Encode("time_extracted");

    // The names every message starts with, encoded once rather than for each of millions of records.
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText StreamName = JsonEncodedText.Encode("stream");
    private static readonly JsonEncodedText RecordName = JsonEncodedText.Encode("record");

    private readonly Lock _gate = new();
    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;
    private int _messageStart;
    private DateTimeOffset _extracted = DateTimeOffset.MinValue;
    private string? _stream;
    private JsonEncodedText _streamText;
    private JsonEncodedText _extractedText;

    public SingerWriter(Stream output)
    {
        _output = output;

        // A buffer writer rather than the stream itself: Utf8JsonWriter.Flush would flush the stream
        // after every message, a system call per record.
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public void WriteSchema(string stream, JsonNode schema, IReadOnlyList<string> keyProperties, IReadOnlyList<string>? bookmarkProperties = null)
    {
        lock (_gate)
        {
            Begin(MessageTypes.Schema, stream);
            _json.WritePropertyName("schema");
            schema.WriteTo(_json);
            WriteStrings("key_properties", keyProperties);
            if (bookmarkProperties is { Count: > 0 })
            {
                WriteStrings("bookmark_properties", bookmarkProperties);
            }

            End(flush: false);
        }
    }

    public void WriteRecord(string stream, JsonElement record, DateTimeOffset? timeExtracted = null, long? version = null)
    {
        lock (_gate)
        {
            Begin(MessageTypes.Record, stream);
            _json.WritePropertyName(RecordName);
            record.WriteTo(_json);
            WriteRecordTail(timeExtracted, version);
        }
    }

    /// <summary>Writes a record whose body is produced by <paramref name="writeRecord"/>, avoiding an intermediate document.</summary>
    public void WriteRecord<TState>(string stream, TState state, Action<Utf8JsonWriter, TState> writeRecord, DateTimeOffset? timeExtracted = null, long? version = null)
    {
        lock (_gate)
        {
            Begin(MessageTypes.Record, stream);
            _json.WritePropertyName(RecordName);
            writeRecord(_json, state);
            WriteRecordTail(timeExtracted, version);
        }
    }

    public void WriteState(JsonNode value)
    {
        lock (_gate)
        {
            BeginType(MessageTypes.State);
            _json.WritePropertyName("value");
            value.WriteTo(_json);
            End(flush: true);
        }
    }

    /// <summary>
    /// Writes the messages held in <paramref name="covered"/> and then the STATE that covers them, with
    /// no other message in between, so that the STATE covers exactly what came before it.
    /// </summary>
    public void WriteState(JsonNode value, MessageSpool covered)
    {
        lock (_gate)
        {
            Drain(flush: false);
            covered.MoveTo(_output);
            BeginType(MessageTypes.State);
            _json.WritePropertyName("value");
            value.WriteTo(_json);
            End(flush: true);
        }
    }

    public void WriteState(JsonElement value)
    {
        lock (_gate)
        {
            BeginType(MessageTypes.State);
            _json.WritePropertyName("value");
            value.WriteTo(_json);
            End(flush: true);
        }
    }

    public void WriteActivateVersion(string stream, long version)
    {
        lock (_gate)
        {
            Begin(MessageTypes.ActivateVersion, stream);
            _json.WriteNumber("version", version);
            End(flush: false);
        }
    }

    public void WriteBatch(string stream, BatchEncoding encoding, IReadOnlyList<string> manifest, long? version = null)
    {
        lock (_gate)
        {
            Begin(MessageTypes.Batch, stream);
            _json.WriteStartObject("encoding");
            _json.WriteString("format", encoding.Format);
            _json.WriteString("compression", encoding.Compression);
            _json.WriteEndObject();
            _json.WriteStartArray("manifest");
            foreach (var file in manifest)
            {
                _json.WriteStringValue(file);
            }

            _json.WriteEndArray();
            if (version is { } v)
            {
                _json.WriteNumber("version", v);
            }

            End(flush: false);
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            Drain(flush: true);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _json.Dispose();
            Drain(flush: true);
        }
    }

    /// <summary>Starts a message of a stream; consecutive messages of one stream reuse its encoded name.</summary>
    private void Begin(string type, string stream)
    {
        BeginType(type);
        if (!ReferenceEquals(stream, _stream))
        {
            _stream = stream;
            _streamText = JsonEncodedText.Encode(stream, Options.Encoder);
        }

        _json.WriteString(StreamName, _streamText);
    }

    private void BeginType(string type)
    {
        _messageStart = _buffer.WrittenCount;
        _json.WriteStartObject();
        _json.WriteString(TypeName, type);
    }

    private void WriteRecordTail(DateTimeOffset? timeExtracted, long? version)
    {
        if (version is { } v)
        {
            _json.WriteNumber("version", v);
        }

        if (timeExtracted is { } time)
        {
            // The records of one page share its time: it is formatted once for all of them.
            if (time != _extracted)
            {
                _extracted = time;
                _extractedText = JsonEncodedText.Encode(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            }

            _json.WriteString(TimeExtracted, _extractedText);
        }

        End(flush: false);
    }

    private void WriteStrings(string name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    private void End(bool flush)
    {
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        KeepOnOneLine();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (flush || _buffer.WrittenCount >= FlushThreshold)
        {
            Drain(flush);
        }
    }

    /// <summary>
    /// Raw values copied from an answer keep the answer's whitespace, and a pretty-printed answer
    /// would split the message over several lines. A raw CR or LF in valid JSON can only be
    /// whitespace between tokens (inside strings they are escaped), so a space stands in for it.
    /// </summary>
    private void KeepOnOneLine()
    {
        var message = MemoryMarshal.AsMemory(_buffer.WrittenMemory)[_messageStart..].Span;
        if (message.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            message.Replace((byte)'\n', (byte)' ');
            message.Replace((byte)'\r', (byte)' ');
        }
    }

    private void Drain(bool flush)
    {
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }

        if (flush)
        {
            _output.Flush();
        }
    }
}
