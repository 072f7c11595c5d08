using System.Text.Json;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// Zendesk ids of users or organizations by external id: learnt from what this run wrote, else looked
/// up a hundred at a time through <c>show_many?external_ids=</c>. External ids compare without regard
/// to case, as Zendesk compares them.
/// </summary>
/// <param name="resource"><c>users</c> or <c>organizations</c>.</param>
internal sealed class ExternalIdIndex(ZendeskClient client, string resource)
{
    private const int ShowManyLimit = 100;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _missing = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Requests sent for look-ups.</summary>
    public long Lookups { get; private set; }

    public void Learn(string externalId, long id)
    {
        lock (_gate)
        {
            _ids[externalId] = id;
            _missing.Remove(externalId);
        }
    }

    public void Forget(string externalId)
    {
        lock (_gate)
        {
            _ids.Remove(externalId);
            _missing.Add(externalId);
        }
    }

    /// <summary>The id of the record with this external id, or null when none has it (after <see cref="FindAsync"/>).</summary>
    public long? this[string externalId]
    {
        get
        {
            lock (_gate)
            {
                return _ids.TryGetValue(externalId, out var id) ? id : null;
            }
        }
    }

    /// <summary>Looks up the external ids not known yet, so that the indexer answers for each. Not to be run beside writes that learn.</summary>
    public async Task FindAsync(IEnumerable<string> externalIds, CancellationToken ct)
    {
        var wanted = externalIds.Where(e => !_ids.ContainsKey(e) && !_missing.Contains(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var chunk in wanted.Chunk(ShowManyLimit))
        {
            Lookups++;
            var query = string.Join(',', chunk.Select(Uri.EscapeDataString));
            using var document = await client.GetJsonAsync($"/api/v2/{resource}/show_many?external_ids={query}", RequestBudget.Core, ct);
            foreach (var record in document.RootElement.GetProperty(resource).EnumerateArray())
            {
                if (record.TryGetProperty("external_id", out var external) && external.ValueKind == JsonValueKind.String)
                {
                    _ids[external.GetString()!] = record.GetProperty("id").GetInt64();
                }
            }

            foreach (var externalId in chunk.Where(e => !_ids.ContainsKey(e)))
            {
                _missing.Add(externalId);
            }
        }
    }
}
