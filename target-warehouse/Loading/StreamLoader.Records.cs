using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>Records into the batch: converted from their line's bytes, or from a message parsed in full.</summary>
internal sealed partial class StreamLoader
{
    public void OnRecord(RecordMessage message, long sequence)
    {
        var batch = _batch!;
        var slot = batch.BeginRow();
        try
        {
            _converter!.Convert(message.Record, batch, slot, Context(message.TimeExtracted, message.Version, message.LineNumber));
        }
        catch (RecordException e)
        {
            throw new InputException(message.LineNumber, $"stream \"{Stream}\": {e.Message}");
        }

        Accept(batch, sequence, message.LineNumber);
    }

    /// <summary>
    /// Converts a record from its line's bytes into a row. A record that does not fit, or that
    /// brings the stream's first version (see <see cref="NeedsVersioning"/>), is declined, to be
    /// parsed in full and reported or prepared for by <see cref="OnRecord"/>.
    /// </summary>
    public bool TryLoad(RawRecordMessage raw, long sequence)
    {
        if (raw.Version is not null && _mapping is { IsVersioned: false })
        {
            return false;
        }

        var batch = _batch!;
        var slot = batch.BeginRow();
        try
        {
            var json = raw.Record;
            var reader = new Utf8JsonReader(json, RecordConverter.ReaderOptions);
            reader.Read();
            _converter!.Convert(json, ref reader, batch.Columns, slot);
        }
        catch (Exception e) when (e is RecordException or JsonException or InvalidOperationException)
        {
            // The full parse says precisely what is wrong, or takes a record this one could not.
            return false;
        }

        _converter.FillMetadata(batch.Columns, slot, Context(raw.TimeExtracted, raw.Version, raw.LineNumber));
        Accept(batch, sequence, raw.LineNumber);
        return true;
    }

    private RecordContext Context(DateTimeOffset? timeExtracted, long? version, long lineNumber) => new(
        timeExtracted?.UtcDateTime,
        session.Config.AddRecordMetadata ? session.UtcNow : default,
        session.SequenceBase + lineNumber,
        version ?? _activeVersion,
        session.StartedAt);

    private void Accept(RowBatch batch, long sequence, long lineNumber)
    {
        if (batch.Count == 0)
        {
            _firstPending = sequence;
        }

        batch.CommitRow(sequence, lineNumber);
        Report.RecordReceived(session.Time);
    }
}
