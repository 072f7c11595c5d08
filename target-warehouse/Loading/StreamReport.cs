using Zendesk.Singer.Target.Dialects;

namespace Zendesk.Singer.Target.Loading;

/// <summary>What happened to one stream: the figures of the report on stderr.</summary>
internal sealed class StreamReport(string stream, string table)
{
    private long _firstRecordTimestamp;
    private long _lastCommitTimestamp;

    public string Stream { get; } = stream;

    public string Table { get; } = table;

    public long Records { get; private set; }

    /// <summary>Records that a later record with the same key replaced inside one batch.</summary>
    public long Replaced { get; private set; }

    public LoadCounts Counts { get; private set; }

    public int Batches { get; private set; }

    public double Seconds { get; private set; }

    public double RowsPerSecond => Seconds > 0 ? Records / Seconds : 0;

    public void RecordReceived(TimeProvider time)
    {
        if (Records++ == 0)
        {
            _firstRecordTimestamp = time.GetTimestamp();
        }
    }

    public void BatchCommitted(LoadCounts counts, int replaced, TimeProvider time)
    {
        Counts += counts;
        Replaced += replaced;
        Batches++;
        Mark(time);
    }

    public void Retired(long rows, TimeProvider time)
    {
        Counts += new LoadCounts(0, 0, 0, rows);
        Mark(time);
    }

    private void Mark(TimeProvider time)
    {
        _lastCommitTimestamp = time.GetTimestamp();
        if (Records > 0)
        {
            Seconds = time.GetElapsedTime(_firstRecordTimestamp, _lastCommitTimestamp).TotalSeconds;
        }
    }
}
