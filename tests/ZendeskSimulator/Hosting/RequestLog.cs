namespace Zendesk.Simulator.Hosting;

/// <summary>
/// Counts of the API requests received: per endpoint (method and route, e.g.
/// "GET /api/v2/tickets/{ticket_id}/audits"), per rate-limit bucket and per status code.
/// </summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _endpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _statuses = [];

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
        }
    }
}
