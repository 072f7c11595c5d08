using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>Zendesk user ids by external id (<see cref="ExternalIds"/>) and by email, learnt from the users this run wrote, else looked up.</summary>
internal sealed class UserDirectory(ZendeskClient client)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long?> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private long _emailLookups;

    public ExternalIdIndex ExternalIds { get; } = new(client, "users");

    /// <summary>Requests sent for look-ups.</summary>
    public long Lookups => ExternalIds.Lookups + Interlocked.Read(ref _emailLookups);

    public void Learn(string? externalId, string? email, long id)
    {
        if (externalId is not null)
        {
            ExternalIds.Learn(externalId, id);
        }

        if (email is not null)
        {
            lock (_gate)
            {
                _byEmail[email] = id;
            }
        }
    }

    /// <summary>The users holding this email: its id when exactly one does.</summary>
    public async Task<EmailMatch> ByEmailAsync(string email, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_byEmail.TryGetValue(email, out var known))
            {
                return known is { } id ? new EmailMatch(id, 1) : new EmailMatch(null, 0);
            }
        }

        Interlocked.Increment(ref _emailLookups);
        using var document = await client.GetJsonAsync($"/api/v2/users/search?query={Uri.EscapeDataString($"email:{email}")}", RequestBudget.Core, ct);

        // An email search finds a user by any of its addresses, primary or not: every user found holds it.
        var ids = document.RootElement.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("id").GetInt64()).ToList();
        if (ids.Count <= 1)
        {
            lock (_gate)
            {
                _byEmail[email] = ids.Count == 1 ? ids[0] : null;
            }
        }

        return new EmailMatch(ids.Count == 1 ? ids[0] : null, ids.Count);
    }
}
