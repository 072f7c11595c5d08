using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>The calls read since the last confirmation, in input order: written together, then confirmed together.</summary>
internal sealed class Round(int size, int eventsPerRound)
{
    private readonly List<InputCall> _calls = [];
    private int _events;

    public IReadOnlyList<InputCall> Calls => _calls;

    /// <summary>
    /// Full when it holds the configured number of calls, or of track events (which a resumed run may
    /// send again): it is then written at the next STATE, which covers all of it.
    /// </summary>
    public bool Full => _calls.Count >= size || _events >= eventsPerRound;

    /// <summary>Twice full with no STATE come: written without waiting longer, so that memory stays bounded.</summary>
    public bool Overfull => _calls.Count >= 2 * size || _events >= 2 * eventsPerRound;

    public void Add(InputCall call)
    {
        _calls.Add(call);
        if (call.Track is not null)
        {
            _events++;
        }
    }

    public IEnumerable<InputCall> Writable(CallKind kind) => _calls.Where(c => c.Kind == kind && c.Outcome != CallOutcome.Rejected);
}
