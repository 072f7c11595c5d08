namespace Zendesk.Simulator.Limits;

/// <summary>
/// Zendesk's per-user update limit: about five updates of one user per minute,
/// whatever the account bucket holds. Each updated user has a window of its own on the limiter's
/// time and scale, and the limit is off with the others.
/// </summary>
internal sealed partial class RateLimiter
{
    /// <summary>Updates of one user allowed in a (scaled) minute.</summary>
    public const int UpdatesPerUser = 5;

    private readonly Dictionary<long, SlidingWindow> _userUpdates = [];

    /// <summary>Records an update of the user; null when allowed, else the Retry-After seconds.</summary>
    public int? CheckUserUpdate(long userId)
    {
        if (!settings.RateLimits)
        {
            return null;
        }

        lock (_gate)
        {
            if (!_userUpdates.TryGetValue(userId, out var window))
            {
                window = new SlidingWindow(time);
                _userUpdates[userId] = window;
            }

            if (window.InWindow(Window) >= UpdatesPerUser)
            {
                return Seconds(window.UntilReset(Window));
            }

            window.Record();
            return null;
        }
    }
}
