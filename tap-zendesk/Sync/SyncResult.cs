using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>What a sync did, per stream and in requests, for the summary and the benchmarks.</summary>
internal sealed record SyncResult(IReadOnlyList<StreamStats> Streams, ZendeskClientCounters Requests, TimeSpan Elapsed)
{
    public long Records => Streams.Sum(s => s.Records);
}
