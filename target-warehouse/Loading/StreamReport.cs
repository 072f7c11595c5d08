using Zendesk.Singer.Target.Dialects;

namespace Zendesk.Singer.Target.Loading;

/// <summary>What happened to one stream: the figures of the report on stderr.</summary>
internal sealed class StreamReport(string stream, string table)
{
    private long _firstRecordTimestamp;
    private long _lastCommitTimestamp;

    public string Stream { get; } = stream;

    public string Table { get; } = table;

    private long _records;

    public long Records => Interlocked.Read(ref _records);

    /// <summary>Records that a later record with the same key replaced inside one batch.</summary>
    public long Replaced { get; private set; }

    public LoadCounts Counts { get; private set; }

    public int Batches { get; private set; }

    public double Seconds { get; private set; }

    public double RowsPerSecond => Seconds > 0 ? Records / Seconds : 0;

    public void RecordReceived(TimeProvider time)
    {
        if (Interlocked.Increment(ref _records) == 1)
        {
            _firstRecordTimestamp = time.GetTimestamp();
        }
    }

    /// <summary>The records of a BATCH's files, counted once they are committed (on the committer's thread).</summary>
    /// <param name="read">When the BATCH was read.</param>
    public void FileRecordsCommitted(long records, LoadCounts counts, long read, TimeProvider time)
    {
        if (Interlocked.Add(ref _records, records) == records)
        {
            _firstRecordTimestamp = read;
        }

        BatchCommitted(counts, 0, time);
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
