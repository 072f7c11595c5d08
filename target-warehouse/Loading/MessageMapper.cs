using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Maps;
using Zendesk.Singer.Protocol.Maps.Evaluation;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Applies the stream maps to the messages read, before they are loaded: each stream's SCHEMA binds
/// its maps, and its RECORDs, ACTIVATE_VERSIONs and BATCHes then go out under the names it maps to
/// (none when dropped). Records a map changes go on as raw RECORD lines of their own, so they load as
/// fast as the records read; records a map only renames are passed on unread. STATE passes untouched.
/// </summary>
/// <remarks>
/// As the reader's, a message is only valid until the next one is asked for: the documents and
/// buffers behind it are then reused.
/// </remarks>
internal sealed class MessageMapper(StreamMaps maps)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = SingerReader.MaxDepth };

    private readonly Dictionary<string, MappedStream> _streams = new(StringComparer.Ordinal);
    private readonly List<JsonDocument> _held = [];
    private readonly List<ArrayBufferWriter<byte>> _lines = [];

    public async IAsyncEnumerable<SingerMessage> MapAsync(IAsyncEnumerable<SingerMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in messages.WithCancellation(cancellationToken))
            {
                Release();
                if (maps.IsEmpty || message is StateMessage)
                {
                    yield return message;
                    continue;
                }

                foreach (var mapped in Map(message))
                {
                    yield return mapped;
                }
            }
        }
        finally
        {
            Release();
        }
    }

    private IEnumerable<SingerMessage> Map(SingerMessage message)
    {
        if (message is SchemaMessage schema)
        {
            return MapSchema(schema);
        }

        var stream = message switch
        {
            RawRecordMessage raw => raw.Stream,
            RecordMessage record => record.Stream,
            ActivateVersionMessage activate => activate.Stream,
            BatchMessage batch => batch.Stream,
            _ => null,
        };

        // Before its SCHEMA a stream has no maps yet: loading reports what is wrong with such a message.
        if (stream is null || !_streams.TryGetValue(stream, out var mapped) || mapped.IsUnchanged)
        {
            return [message];
        }

        return message switch
        {
            RawRecordMessage raw when mapped.KeepsRecords => mapped.Outputs.Select(o => raw with { Stream = o.Name }),
            RecordMessage record when mapped.KeepsRecords => mapped.Outputs.Select(o => record with { Stream = o.Name }),
            RawRecordMessage raw => MapRecord(mapped, raw),
            RecordMessage record => MapRecord(mapped, record.Record, record.TimeExtracted, record.Version, record.LineNumber),
            ActivateVersionMessage activate => mapped.Outputs.Select(o => activate with { Stream = o.Name }),
            BatchMessage batch when mapped.KeepsRecords => mapped.Outputs.Select(o => batch with { Stream = o.Name }),
            BatchMessage batch => throw new InputException(batch.LineNumber, $"stream \"{batch.Stream}\": a BATCH cannot be loaded through a stream map that changes records ({MapSettings.StreamMaps} with properties, {MapSettings.Filter} or {MapSettings.Else}), as with the Meltano SDK; map the stream in the tap instead, or have the tap send RECORD messages"),
            _ => [message],
        };
    }

    private List<SingerMessage> MapSchema(SchemaMessage message)
    {
        if (JsonNode.Parse(message.Schema.GetRawText()) is not JsonObject schema)
        {
            _streams.Remove(message.Stream);
            return [message];
        }

        MappedStream mapped;
        try
        {
            mapped = maps.Bind(message.Stream, schema, message.KeyProperties, message.BookmarkProperties);
        }
        catch (MapConfigurationException e)
        {
            throw new InputException(message.LineNumber, $"stream \"{message.Stream}\": {e.Message}");
        }

        _streams[message.Stream] = mapped;
        if (mapped.IsUnchanged)
        {
            return [message];
        }

        var schemas = new List<SingerMessage>(mapped.Outputs.Count);
        foreach (var output in mapped.Outputs)
        {
            var document = JsonDocument.Parse(output.Schema.ToJsonString());
            _held.Add(document);
            schemas.Add(new SchemaMessage(output.Name, document.RootElement, output.KeyProperties, output.BookmarkProperties ?? []) { LineNumber = message.LineNumber });
        }

        return schemas;
    }

    private List<SingerMessage> MapRecord(MappedStream mapped, RawRecordMessage raw)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw.Line[raw.RecordStart..(raw.RecordStart + raw.RecordLength)], ReadOptions);
        }
        catch (JsonException)
        {
            // A record that is not valid JSON makes its line invalid too: the full parse reports it
            // as it reports any line, naming the column.
            raw.ParseInFull(out var full);
            full.Dispose();
            throw;
        }

        _held.Add(document);
        return MapRecord(mapped, document.RootElement, raw.TimeExtracted, raw.Version, raw.LineNumber);
    }

    private List<SingerMessage> MapRecord(MappedStream mapped, JsonElement record, DateTimeOffset? timeExtracted, long? version, long lineNumber)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(lineNumber, $"stream \"{mapped.Source}\": a record must be a JSON object");
        }

        var records = new List<SingerMessage>(mapped.Outputs.Count);
        for (var i = 0; i < mapped.Outputs.Count; i++)
        {
            if (WriteLine(i, mapped.Outputs[i], record, timeExtracted, version, lineNumber) is { } line)
            {
                records.Add(line);
            }
        }

        return records;
    }

    /// <summary>A RECORD line of the mapped record, in a buffer of its own; null when the filter leaves the record out.</summary>
    private RawRecordMessage? WriteLine(int index, StreamMapOutput output, JsonElement record, DateTimeOffset? timeExtracted, long? version, long lineNumber)
    {
        if (_lines.Count <= index)
        {
            _lines.Add(new ArrayBufferWriter<byte>());
        }

        var buffer = _lines[index];
        buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteString("type", MessageTypes.Record);
        json.WriteString("stream", output.Name);
        json.WritePropertyName("record");
        json.Flush();
        var start = buffer.WrittenCount;
        try
        {
            if (!output.Write(record, json))
            {
                return null;
            }
        }
        catch (MapEvaluationException e)
        {
            throw new InputException(lineNumber, e.Message);
        }

        json.Flush();
        var length = buffer.WrittenCount - start;
        if (version is { } v)
        {
            json.WriteNumber("version", v);
        }

        if (timeExtracted is { } time)
        {
            json.WriteString("time_extracted", time.ToString("O", CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
        json.Flush();
        return new RawRecordMessage(output.Name, buffer.WrittenMemory, start, length, timeExtracted, version) { LineNumber = lineNumber };
    }

    private void Release()
    {
        foreach (var document in _held)
        {
            document.Dispose();
        }

        _held.Clear();
    }
}
