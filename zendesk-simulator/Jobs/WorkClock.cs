using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Jobs;

/// <summary>
/// The time background jobs work in: how far the account clock has moved since the simulator
/// started, or the real time since then multiplied by the time scale (as the rate limiter's minute
/// passes), whichever is further. Jobs thus finish on their own while a test's clock stands still,
/// and at once when a test moves the clock past them.
/// </summary>
internal sealed class WorkClock
{
    private readonly SimulatedClock _account;
    private readonly TimeProvider _wall;
    private readonly double _scale;
    private readonly DateTimeOffset _accountStart;
    private readonly long _wallStart;

    public WorkClock(SimulatedClock account, TimeProvider wall, double scale)
    {
        _account = account;
        _wall = wall;
        _scale = scale;
        _accountStart = account.Now;
        _wallStart = wall.GetTimestamp();
    }

    /// <summary>The account's time now, to stamp what a job did.</summary>
    public DateTimeOffset AccountNow => _account.Now;

    public TimeSpan Elapsed
    {
        get
        {
            var byAccount = _account.Now - _accountStart;
            var byWall = _wall.GetElapsedTime(_wallStart) * _scale;
            return byAccount > byWall ? byAccount : byWall;
        }
    }
}
