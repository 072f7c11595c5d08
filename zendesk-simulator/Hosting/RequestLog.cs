namespace Zendesk.Simulator.Hosting;

/// <summary>
/// Counts of the API requests received: per endpoint (method and route, e.g.
/// "GET /api/v2/tickets/{ticket_id}/audits"), per rate-limit bucket and per status code, and the
/// answers cut off by a fault: those have no status a client saw, so they are counted apart.
/// Token requests (POST /oauth/tokens) are also counted by grant type, issued and refused apart,
/// so a test can tell one renewal from a retry storm.
/// </summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _endpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _statuses = [];
    private readonly Dictionary<string, long> _tokensIssued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _tokensRefused = new(StringComparer.Ordinal);
    private long _dropped;
    private long _truncated;

    public long Total
    {
        get
        {
            lock (_gate)
            {
                return _endpoints.Values.Sum();
            }
        }
    }

    public void Record(string endpoint, IEnumerable<string> buckets)
    {
        lock (_gate)
        {
            _endpoints[endpoint] = _endpoints.GetValueOrDefault(endpoint) + 1;
            foreach (var bucket in buckets)
            {
                _buckets[bucket] = _buckets.GetValueOrDefault(bucket) + 1;
            }
        }
    }

    public void RecordStatus(int status)
    {
        lock (_gate)
        {
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        }
    }

    /// <summary>Connections closed before any answer.</summary>
    public long Dropped
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    /// <summary>Answers closed part-way through the body.</summary>
    public long Truncated
    {
        get
        {
            lock (_gate)
            {
                return _truncated;
            }
        }
    }

    public void RecordDropped()
    {
        lock (_gate)
        {
            _dropped++;
        }
    }

    public void RecordTruncated()
    {
        lock (_gate)
        {
            _truncated++;
        }
    }

    /// <summary>Counts a token request: <paramref name="grantType"/> is the grant asked for ("unsupported" for any other).</summary>
    public void RecordToken(string grantType, bool issued)
    {
        lock (_gate)
        {
            var counts = issued ? _tokensIssued : _tokensRefused;
            counts[grantType] = counts.GetValueOrDefault(grantType) + 1;
        }
    }

    /// <summary>Tokens issued for a grant type ("client_credentials", "refresh_token").</summary>
    public long TokensIssued(string grantType)
    {
        lock (_gate)
        {
            return _tokensIssued.GetValueOrDefault(grantType);
        }
    }

    /// <summary>Token requests of a grant type that were refused ("unsupported" for grant types the simulator does not offer).</summary>
    public long TokensRefused(string grantType)
    {
        lock (_gate)
        {
            return _tokensRefused.GetValueOrDefault(grantType);
        }
    }

    public IReadOnlyDictionary<string, long> IssuedTokens()
    {
        lock (_gate)
        {
            return new Dictionary<string, long>(_tokensIssued, StringComparer.Ordinal);
        }
    }

    public IReadOnlyDictionary<string, long> RefusedTokens()
    {
        lock (_gate)
        {
            return new Dictionary<string, long>(_tokensRefused, StringComparer.Ordinal);
        }
    }

    public long ForEndpoint(string endpoint)
    {
        lock (_gate)
        {
            return _endpoints.GetValueOrDefault(endpoint);
        }
    }

    public long ForBucket(string bucket)
    {
        lock (_gate)
        {
            return _buckets.GetValueOrDefault(bucket);
        }
    }

    public long ForStatus(int status)
    {
        lock (_gate)
        {
            return _statuses.GetValueOrDefault(status);
        }
    }

    public IReadOnlyDictionary<string, long> Endpoints()
    {
        lock (_gate)
        {
            return new Dictionary<string, long>(_endpoints, StringComparer.Ordinal);
        }
    }

    public IReadOnlyDictionary<string, long> Buckets()
    {
        lock (_gate)
        {
            return new Dictionary<string, long>(_buckets, StringComparer.Ordinal);
        }
    }

    public IReadOnlyDictionary<int, long> Statuses()
    {
        lock (_gate)
        {
            return new Dictionary<int, long>(_statuses);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _endpoints.Clear();
            _buckets.Clear();
            _statuses.Clear();
            _tokensIssued.Clear();
            _tokensRefused.Clear();
            _dropped = 0;
            _truncated = 0;
        }
    }
}
