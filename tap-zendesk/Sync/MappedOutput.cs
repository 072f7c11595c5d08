using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Maps;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Writes a stream that a stream map changes: its SCHEMA, RECORDs and ACTIVATE_VERSION once per
/// stream it comes out as (none when dropped). A record is written as the tap writes it, then read
/// once for the maps that change records; one that is only renamed or copied is passed on as written.
/// Each mapped record is complete before it reaches the writer, so a failing expression leaves no
/// half message behind. Its JSON writers only hold buffers, so it needs no disposing.
/// </summary>
internal sealed class MappedOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = SingerReader.MaxDepth };

    private readonly MappedStream _stream;
    private readonly Lock _gate = new();
    private readonly ArrayBufferWriter<byte> _source = new();
    private readonly ArrayBufferWriter<byte> _mapped = new();
    private readonly Utf8JsonWriter _sourceJson;
    private readonly Utf8JsonWriter _mappedJson;

    public MappedOutput(MappedStream stream)
    {
        _stream = stream;
        _sourceJson = new Utf8JsonWriter(_source, Options with { SkipValidation = true });
        _mappedJson = new Utf8JsonWriter(_mapped, Options);
    }

    public void WriteSchema(SingerWriter writer, bool withBookmarks)
    {
        foreach (var output in _stream.Outputs)
        {
            writer.WriteSchema(output.Name, output.Schema, output.KeyProperties, withBookmarks ? output.BookmarkProperties : null);
        }
    }

    public void Write<TState>(SingerWriter writer, TState state, Action<Utf8JsonWriter, TState> writeRecord, DateTimeOffset extractedAt, long? version)
    {
        lock (_gate)
        {
            _source.ResetWrittenCount();
            _sourceJson.Reset(_source);
            writeRecord(_sourceJson, state);
            _sourceJson.Flush();
            var record = _source.WrittenMemory;
            using var document = _stream.KeepsRecords ? null : JsonDocument.Parse(record, ReadOptions);
            foreach (var output in _stream.Outputs)
            {
                if (!output.KeepsRecords)
                {
                    _mapped.ResetWrittenCount();
                    _mappedJson.Reset(_mapped);
                    if (!output.Write(document!.RootElement, _mappedJson))
                    {
                        continue;
                    }

                    _mappedJson.Flush();
                }

                var body = output.KeepsRecords ? record : _mapped.WrittenMemory;
                writer.WriteRecord(output.Name, body, static (json, raw) => json.WriteRawValue(raw.Span, skipInputValidation: true), extractedAt, version);
            }
        }
    }

    public void ActivateVersion(SingerWriter writer, long version)
    {
        foreach (var output in _stream.Outputs)
        {
            writer.WriteActivateVersion(output.Name, version);
        }
    }
}
