using System.Globalization;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>What the run did, per call type: received, then created, updated, sent, skipped and rejected.</summary>
internal sealed class RunSummary
{
    private readonly Dictionary<CallKind, long[]> _counts = Enum.GetValues<CallKind>().ToDictionary(k => k, _ => new long[Enum.GetValues<CallOutcome>().Length]);

    public long Rejected => _counts.Values.Sum(c => c[(int)CallOutcome.Rejected]);

    public long Count(CallKind kind, CallOutcome outcome) => _counts[kind][(int)outcome];

    public long Received(CallKind kind) => _counts[kind].Sum();

    public void Add(IEnumerable<InputCall> calls)
    {
        foreach (var call in calls)
        {
            _counts[call.Kind][(int)call.Outcome]++;
        }
    }

    public IEnumerable<string> Lines() => Enum.GetValues<CallKind>().Select(kind => string.Create(
        CultureInfo.InvariantCulture,
        $"{kind.ToString().ToLowerInvariant()}: {Received(kind)} received, {Count(kind, CallOutcome.Created)} created, {Count(kind, CallOutcome.Updated)} updated, {Count(kind, CallOutcome.Sent)} sent, {Count(kind, CallOutcome.Skipped)} skipped, {Count(kind, CallOutcome.Rejected)} rejected"));
}
