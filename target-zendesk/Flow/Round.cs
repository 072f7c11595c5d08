using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>The calls read since the last confirmation, in input order: written together, then confirmed together.</summary>
internal sealed class Round(int size, int eventsPerRound)
{
    private readonly List<InputCall> _calls = [];
    private int _events;

    public IReadOnlyList<InputCall> Calls => _calls;

    /// <summary>Full when it holds the configured number of calls, or of track events (which a resumed run may send again).</summary>
    public bool Full => _calls.Count >= size || _events >= eventsPerRound;

    public void Add(InputCall call)
    {
        _calls.Add(call);
        if (call.Track is not null)
        {
            _events++;
        }
    }

    public IEnumerable<InputCall> Writable(CallKind kind) => _calls.Where(c => c.Kind == kind && c.Outcome != CallOutcome.Rejected);

    public void Clear()
    {
        _calls.Clear();
        _events = 0;
    }
}
