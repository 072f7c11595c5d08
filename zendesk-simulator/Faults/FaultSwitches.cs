namespace Zendesk.Simulator.Faults;

/// <summary>Faults switched on by a test; each one wears off after its count of matching requests.</summary>
internal sealed class FaultSwitches
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Left)> _rules = [];

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rule.Count);
        lock (_gate)
        {
            _rules.Add((rule, rule.Count));
        }
    }

    public void RateLimitBurst(int count, int retryAfterSeconds = 1, string? pathPrefix = null) =>
        Add(new FaultRule(FaultKind.RateLimit, count) { RetryAfterSeconds = retryAfterSeconds, PathPrefix = pathPrefix });

    public void ServerError(int status, int count, int? retryAfterSeconds = null, string? pathPrefix = null) =>
        Add(new FaultRule(FaultKind.ServerError, count) { Status = status, RetryAfterSeconds = retryAfterSeconds, PathPrefix = pathPrefix });

    /// <summary>A 5xx answer to the next <paramref name="count"/> writes of <paramref name="method"/> after each took effect (see <see cref="FaultRule.AfterEffect"/>).</summary>
    public void ServerErrorAfterEffect(int status, int count, string method = "POST", string? pathPrefix = null) =>
        Add(new FaultRule(FaultKind.ServerError, count) { Status = status, Method = method, AfterEffect = true, PathPrefix = pathPrefix });

    public void Conflict(int count, string? pathPrefix = null) => Add(new FaultRule(FaultKind.Conflict, count) { PathPrefix = pathPrefix });

    public void Slow(TimeSpan delay, int count, string? pathPrefix = null) => Add(new FaultRule(FaultKind.Slow, count) { Delay = delay, PathPrefix = pathPrefix });

    public void Drop(int count, string? pathPrefix = null) => Add(new FaultRule(FaultKind.Drop, count) { PathPrefix = pathPrefix });

    public void ExpireTokens(int count, string? pathPrefix = null) => Add(new FaultRule(FaultKind.ExpireTokens, count) { PathPrefix = pathPrefix });

    public void Truncate(int count, string? pathPrefix = null) => Add(new FaultRule(FaultKind.Truncate, count) { PathPrefix = pathPrefix });

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>The rules still armed, with how many requests each has left.</summary>
    public IReadOnlyList<(FaultRule Rule, int Left)> Armed()
    {
        lock (_gate)
        {
            return [.. _rules];
        }
    }

    /// <summary>Takes one use of the first armed rule matching <paramref name="method"/> and <paramref name="path"/>.</summary>
    public FaultRule? Take(string method, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, left) = _rules[i];
                if (rule.PathPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                if (rule.Method is { } only && !string.Equals(only, method, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (left <= 1)
                {
                    _rules.RemoveAt(i);
                }
                else
                {
                    _rules[i] = (rule, left - 1);
                }

                return rule;
            }

            return null;
        }
    }
}
