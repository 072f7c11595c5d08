namespace Zendesk.Singer.Tap.Sync;

/// <summary>What one stream has done in this run, for its end line, the progress lines and the summary.</summary>
internal sealed class StreamStats(string stream)
{
    private long _records;
    private long _requests;
    private long _reported;

    public string Stream { get; } = stream;

    public long Records => Interlocked.Read(ref _records);

    public long Requests => Interlocked.Read(ref _requests);

    public StreamStatus Status { get; set; } = StreamStatus.Waiting;

    public long StartedAt { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Why the stream was skipped or failed, for the summary.</summary>
    public string? Note { get; set; }

    public void AddRecord() => Interlocked.Increment(ref _records);

    public void AddRequest() => Interlocked.Increment(ref _requests);

    /// <summary>The records since the last call: a <c>record_count</c> metric counts what is new since its last line.</summary>
    public long TakeUnreportedRecords()
    {
        var records = Records;
        return records - Interlocked.Exchange(ref _reported, records);
    }
}
