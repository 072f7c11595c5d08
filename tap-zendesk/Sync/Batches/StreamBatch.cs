using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync.Tickets;

namespace Zendesk.Singer.Tap.Sync.Batches;

/// <summary>
/// One stream's batch files. Records go to the open file, one JSON object a line, until it holds
/// batch_size of them; it is then completed under its temporary name and a new one opened. When the
/// stream's group publishes a STATE (or the stream activates a table version) the open file is
/// completed too, and every completed file is renamed and announced by a BATCH, so the BATCH lines
/// always precede the STATE that covers their records. Files no published STATE covers are deleted
/// when the group discards what it held.
/// </summary>
internal sealed class StreamBatch : IDisposable
{
    // As the RECORD writer writes a record, so that a file line holds the bytes a RECORD's record would.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly Lock _gate = new();
    private readonly string _stream;
    private readonly string _stem;
    private readonly BatchConfig _config;
    private readonly ArrayBufferWriter<byte> _line = new(1 << 14);
    private readonly Utf8JsonWriter _json;

    // Completed but not yet announced, then announced but not yet covered by a published STATE.
    private readonly List<BatchFile> _completed = [];
    private readonly List<BatchFile> _announced = [];
    private BatchFile? _open;
    private int _sequence;

    /// <param name="stem">The path every file name of the stream starts with; a sequence number and the extension follow.</param>
    public StreamBatch(string stream, string stem, BatchConfig config)
    {
        _stream = stream;
        _stem = stem;
        _config = config;
        _json = new Utf8JsonWriter(_line, Options);
    }

    public void Write<TRecord>(TRecord record, FieldFilter filter, RecordExtra[]? extras, CustomFieldColumns? columns)
        where TRecord : struct, IRecord
    {
        lock (_gate)
        {
            _line.ResetWrittenCount();
            _json.Reset(_line);
            if (columns is not null)
            {
                RecordWriter.WriteWithColumns(_json, record, filter, extras, columns);
            }
            else
            {
                RecordWriter.Write(_json, record, filter, extras);
            }

            _json.Flush();
            KeepOnOneLine(MemoryMarshal.AsMemory(_line.WrittenMemory).Span);
            _line.GetSpan(1)[0] = (byte)'\n';
            _line.Advance(1);
            _open ??= BatchFile.Create(_stem + (++_sequence).ToString("D6", CultureInfo.InvariantCulture) + _config.Extension, _config.Gzip);
            _open.Append(_line.WrittenSpan);
            if (_open.Records >= _config.BatchSize)
            {
                Complete();
            }
        }
    }

    /// <summary>Whether a file reached batch_size and waits to be announced.</summary>
    public bool HasCompletedFile
    {
        get
        {
            lock (_gate)
            {
                return _completed.Count > 0;
            }
        }
    }

    /// <summary>
    /// Completes the open file, gives every completed file its final name and announces each with a
    /// BATCH on <paramref name="writer"/>, carrying <paramref name="version"/> for a full-table read.
    /// </summary>
    public void Announce(SingerWriter writer, long? version)
    {
        lock (_gate)
        {
            Complete();
            foreach (var file in _completed)
            {
                file.MakeFinal();
                _announced.Add(file);
                writer.WriteBatch(_stream, _config.Encoding, [file.Uri], version);
            }

            _completed.Clear();
        }
    }

    /// <summary>The STATE after the announced files is out: they are no longer this run's to delete.</summary>
    public void Published()
    {
        lock (_gate)
        {
            _announced.Clear();
        }
    }

    /// <summary>Deletes the open file and every file no published STATE covers.</summary>
    public void Discard()
    {
        lock (_gate)
        {
            _open?.Delete();
            _open = null;
            foreach (var file in _completed.Concat(_announced))
            {
                file.Delete();
            }

            _completed.Clear();
            _announced.Clear();
        }
    }

    public void Dispose()
    {
        Discard();
        _json.Dispose();
    }

    private void Complete()
    {
        if (_open is null)
        {
            return;
        }

        _open.Complete();
        _completed.Add(_open);
        _open = null;
    }

    /// <summary>A raw value copied from a pretty-printed answer keeps its line breaks, which are whitespace between tokens in valid JSON.</summary>
    private static void KeepOnOneLine(Span<byte> json)
    {
        if (json.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            json.Replace((byte)'\n', (byte)' ');
            json.Replace((byte)'\r', (byte)' ');
        }
    }
}
