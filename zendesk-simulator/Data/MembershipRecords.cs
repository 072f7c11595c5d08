using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The account's organization memberships. Adding one twice is refused; the first becomes the user's
/// default organization (its organization_id). Removing one moves the default to another membership
/// and takes the organization off the user's working tickets, as Zendesk's follow-up job does.
/// </summary>
internal sealed class MembershipRecords(AccountLock gate, SimulatedClock clock, ChangeLog changes, UserRecords users, OrganizationRecords organizations, TicketRecords tickets)
{
    /// <summary>Every membership, the generated ones and those written since.</summary>
    public required MembershipStore Store { get; init; }

    public Membership Add(long userId, long organizationId)
    {
        using (gate.Write())
        {
            var u = users.Store.IndexOf(userId);
            if (u < 0)
            {
                throw new RecordInvalidException("user_id", $"User: {userId} does not exist", "InvalidValue");
            }

            var o = organizations.Store.IndexOf(organizationId);
            if (o < 0)
            {
                throw new RecordInvalidException("organization_id", $"Organization: {organizationId} does not exist", "InvalidValue");
            }

            if (Store.Find(u, o, users.Store) >= 0)
            {
                throw new RecordInvalidException("user_id", "User has already been taken", "DuplicateValue");
            }

            var hadDefault = users.Store.Organization[u] >= 0;
            var position = users.JoinOrganization(u, o, clock.NowSeconds);
            if (!hadDefault)
            {
                users.Touch(u, userId, "update");
            }

            return Store.At(position, users.Store);
        }
    }

    public void Remove(long membershipId)
    {
        using (gate.Write())
        {
            var position = Store.PositionOf(membershipId);
            if (position < 0)
            {
                throw new RecordMissingException($"Organization membership {membershipId} does not exist.");
            }

            RemoveAt(position);
        }
    }

    /// <summary>Removes every membership in organization <paramref name="o"/>, as removing each one would. Callers hold the write lock.</summary>
    internal void RemoveAllOf(int o)
    {
        for (var position = 0; position < Store.Count; position++)
        {
            if (Store.IsLive(position) && Store.At(position, users.Store).Organization == o)
            {
                RemoveAt(position);
            }
        }
    }

    /// <summary>The membership with this id, or null when there is none (or it was removed).</summary>
    public Membership? Find(long membershipId)
    {
        using (gate.Read())
        {
            var position = Store.PositionOf(membershipId);
            return position < 0 ? null : Store.At(position, users.Store);
        }
    }

    private void RemoveAt(int position)
    {
        var membership = Store.At(position, users.Store);
        var u = membership.User;
        var now = clock.NowSeconds;
        Store.Remove(position);
        changes.Add("organization_memberships", membership.Id, "delete", clock.Now);
        if (users.Store.Organization[u] == membership.Organization)
        {
            var next = Store.OfUser(u).DefaultIfEmpty(-1).First();
            users.SetDefaultOrganization(u, next < 0 ? -1 : Store.At(next, users.Store).Organization);
            if (next >= 0)
            {
                Store.Touch(next, now);
                changes.Add("organization_memberships", Store.IdAt(next), "update", clock.Now);
            }

            users.Touch(u, Ids.UserId(u), "update");
        }

        tickets.UnassignWorking(u, membership.Organization);
    }

    /// <summary>The user's live memberships, its default organization's first, then by organization name (as Zendesk lists them per user). Callers hold a lock.</summary>
    internal List<Membership> Of(int u) =>
        [.. Store.OfUser(u).Select(p => Store.At(p, users.Store))
            .OrderBy(m => m.Organization == users.Store.Organization[u] ? 0 : 1)
            .ThenBy(m => organizations.Keys.Name(m.Organization), StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Id)];
}
