using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Holds each STATE until every record that came before it, in every stream, is committed. A STATE
/// is released once all those records are in commits already queued, and written when the last of
/// those commits ends; of several STATEs released together only the newest is written. Which STATEs
/// are written therefore depends only on the input, never on timing. A STATE equal to the last one
/// written is not repeated.
/// </summary>
/// <remarks>
/// After the run stops before some record (<see cref="Committer.StopsBefore"/>), the newest STATE
/// released that comes before that record is written instead. The places of the STATEs read are
/// kept until one is written, for streams that may commit only what a STATE covers.
/// </remarks>
internal sealed class StateTracker(SingerWriter output)
{
    private readonly List<ReadState> _pending = [];
    private readonly List<long> _places = [];
    private string? _lastWritten;

    public int Written { get; private set; }

    /// <param name="afterRecord">The sequence number of the last record read before this STATE.</param>
    public void Add(long afterRecord, JsonElement value)
    {
        _pending.Add(new ReadState(afterRecord, value.Clone()));
        lock (_places)
        {
            _places.Add(afterRecord);
        }
    }

    /// <summary>Takes the STATEs whose records all come before <paramref name="firstUnqueued"/>, oldest first.</summary>
    /// <param name="firstUnqueued">The sequence number of the oldest record not yet queued for commit, or <see cref="long.MaxValue"/>.</param>
    public IReadOnlyList<ReadState> TakeReleased(long firstUnqueued)
    {
        var count = _pending.FindLastIndex(p => p.AfterRecord < firstUnqueued) + 1;
        var released = _pending.GetRange(0, count);
        _pending.RemoveRange(0, count);
        return released;
    }

    /// <summary>
    /// The first sequence number past the newest STATE read before the record numbered
    /// <paramref name="sequence"/>: what a stream that commits only covered rows may commit below.
    /// </summary>
    public long CoveredBefore(long sequence)
    {
        lock (_places)
        {
            var index = _places.FindLastIndex(p => p < sequence);
            return index < 0 ? long.MinValue : _places[index] + 1;
        }
    }

    /// <summary>Writes the newest of <paramref name="released"/> that comes before <paramref name="stopsBefore"/>.</summary>
    public void Write(IReadOnlyList<ReadState> released, long stopsBefore)
    {
        var newest = released.LastOrDefault(s => s.AfterRecord < stopsBefore);
        if (newest is null)
        {
            return;
        }

        lock (_places)
        {
            // Streams that commit only covered rows never cut below a STATE already written.
            _places.RemoveRange(0, _places.FindLastIndex(p => p < newest.AfterRecord) + 1);
        }

        var text = newest.Value.GetRawText();
        if (text == _lastWritten)
        {
            return;
        }

        output.WriteState(newest.Value);
        _lastWritten = text;
        Written++;
    }
}
