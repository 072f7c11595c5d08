using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>Records into the batch: converted from a parsed message, or while their line is read.</summary>
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
    /// Converts a record as the reader reaches it, into the slot after the batch's last row; the
    /// slot becomes a row only in <see cref="TryAcceptPending"/>. A record that does not fit is
    /// declined, to be read again in full and reported by <see cref="OnRecord"/>.
    /// </summary>
    public bool TryConvertPending(ReadOnlySpan<byte> line, ref Utf8JsonReader reader)
    {
        var batch = _batch!;
        var slot = batch.BeginRow();
        try
        {
            _converter!.Convert(line, ref reader, batch.Columns, slot);
            return true;
        }
        catch (RecordException)
        {
            return false;
        }
    }

    /// <summary>Makes the pending record a row; one that brings the stream's first version is declined (see <see cref="NeedsVersioning"/>).</summary>
    public bool TryAcceptPending(DateTimeOffset? timeExtracted, long? version, long lineNumber, long sequence)
    {
        if (version is not null && _mapping is { IsVersioned: false })
        {
            return false;
        }

        var batch = _batch!;
        _converter!.FillMetadata(batch.Columns, batch.Count, Context(timeExtracted, version, lineNumber));
        Accept(batch, sequence, lineNumber);
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
