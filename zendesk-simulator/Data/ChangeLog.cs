namespace Zendesk.Simulator.Data;

/// <summary>The simulator's own record of every mutation, for tests that check a sync saw exactly these changes.</summary>
internal sealed class ChangeLog
{
    private readonly List<ChangeRecord> _records = [];
    private readonly Lock _gate = new();

    /// <summary>The sequence number of the latest change (0 before any).</summary>
    public long Sequence
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    public void Add(string stream, long id, string kind, DateTimeOffset at)
    {
        lock (_gate)
        {
            _records.Add(new ChangeRecord(_records.Count + 1, stream, id, kind, at));
        }
    }

    /// <summary>Changes with a sequence number above <paramref name="sequence"/>.</summary>
    public IReadOnlyList<ChangeRecord> Since(long sequence)
    {
        lock (_gate)
        {
            return [.. _records.Skip((int)Math.Clamp(sequence, 0, _records.Count))];
        }
    }
}
