using System.Globalization;
using System.Net.Http.Headers;

namespace Zendesk.Singer.Http;

/// <summary>
/// A budget that follows the limit Zendesk announces on its answers: the limit less a reserved share,
/// and less again when the announced remainder shows other clients of the account using more than
/// that share, so that the run leaves them what they use. The limiter already counts every request
/// of the run for a full window after it ends, so its own requests never pass the announced limit.
/// </summary>
internal sealed class AnnouncedLimit
{
    private static readonly TimeSpan GiveWayLogInterval = TimeSpan.FromMinutes(1);

    private readonly SlidingWindowLimiter _limiter;
    private readonly Func<HttpResponseHeaders, (int Limit, int? Remaining)?> _read;
    private readonly int _reservePercent;
    private readonly string _name;
    private readonly int? _fallback;
    private readonly IClientLog _log;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private int _announced;
    private bool _givingWay;
    private DateTimeOffset _loggedGiveWay = DateTimeOffset.MinValue;

    private AnnouncedLimit(SlidingWindowLimiter limiter, Func<HttpResponseHeaders, (int, int?)?> read, int reservePercent, string name, int? fallback, IClientLog log, TimeProvider time)
    {
        _limiter = limiter;
        _read = read;
        _reservePercent = reservePercent;
        _name = name;
        _fallback = fallback;
        _log = log;
        _time = time;
    }

    /// <summary>The core budget: <c>X-Rate-Limit</c> and <c>X-Rate-Limit-Remaining</c>, the default when an answer has neither.</summary>
    public static AnnouncedLimit Account(SlidingWindowLimiter limiter, int reservePercent, IClientLog log, TimeProvider time) =>
        new(limiter, ReadAccount, reservePercent, "the account's rate limit", ZendeskClientOptions.DefaultCoreRequestsPerMinute, log, time);

    /// <summary>The incremental exports' budget: the <c>total</c> and <c>remaining</c> of their own bucket's header, with no reserve (the bucket is small).</summary>
    public static AnnouncedLimit IncrementalExports(SlidingWindowLimiter limiter, IClientLog log, TimeProvider time) =>
        new(limiter, ReadExports, 0, "the incremental exports' rate limit", null, log, time);

    public void Observe(HttpResponseHeaders headers)
    {
        var announced = _read(headers);
        lock (_gate)
        {
            if (announced is not { } told)
            {
                if (_announced == 0 && _fallback is { } fallback)
                {
                    _announced = -1;
                    _limiter.SetLimit(fallback);
                    _log.Warn("Zendesk's answer has no X-Rate-Limit header; max_requests_per_minute 'auto' uses the default", ("requests_per_minute", fallback));
                }

                return;
            }

            var (limit, remaining) = told;
            var reserve = (int)Math.Ceiling(limit * _reservePercent / 100.0);
            var others = remaining is { } left ? Math.Max(0, limit - left - _limiter.Occupied) : 0;
            var budget = Math.Max(1, limit - Math.Max(reserve, others));
            if (limit != _announced)
            {
                _announced = limit;
                _log.Info($"adopted {_name}", ("limit", limit), ("reserved", reserve), ("requests_per_minute", limit - reserve));
            }

            if (budget != _limiter.Limit)
            {
                _limiter.SetLimit(budget);
            }

            var givingWay = others > reserve;
            var now = _time.GetUtcNow();
            if (givingWay && !_givingWay && now - _loggedGiveWay >= GiveWayLogInterval)
            {
                _loggedGiveWay = now;
                _log.Info($"other clients of the account use more of {_name} than the reserve; the budget gives way", ("used_by_others", others), ("requests_per_minute", budget));
            }

            _givingWay = givingWay;
        }
    }

    private static (int, int?)? ReadAccount(HttpResponseHeaders headers) =>
        Number(headers, "X-Rate-Limit") is { } limit and > 0 ? (limit, Number(headers, "X-Rate-Limit-Remaining")) : null;

    /// <summary>Reads <c>Zendesk-RateLimit-incremental-exports: total=10; remaining=9; resets=41</c>.</summary>
    private static (int, int?)? ReadExports(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Zendesk-RateLimit-incremental-exports", out var values) || values.FirstOrDefault() is not { } text)
        {
            return null;
        }

        int? total = null, remaining = null;
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && int.TryParse(part.AsSpan(equals + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                var name = part.AsSpan(0, equals);
                if (name.Equals("total", StringComparison.OrdinalIgnoreCase))
                {
                    total = value;
                }
                else if (name.Equals("remaining", StringComparison.OrdinalIgnoreCase))
                {
                    remaining = value;
                }
            }
        }

        return total is > 0 ? (total.Value, remaining) : null;
    }

    private static int? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
