namespace Zendesk.Simulator.Data;

/// <summary>
/// Organization memberships: adding one twice is refused; the first becomes the
/// user's default organization (its organization_id). Removing one moves the default to another
/// membership and unassigns the user's working tickets in that organization, as Zendesk's
/// follow-up job does (organization_id set to null by a system update).
/// </summary>
internal sealed partial class Account
{
    public Membership AddMembership(long userId, long organizationId)
    {
        using (Write())
        {
            var u = UserIndexOf(userId);
            if (u < 0)
            {
                throw new RecordInvalidException("user_id", $"User: {userId} does not exist", "InvalidValue");
            }

            var o = OrganizationIndexOf(organizationId);
            if (o < 0)
            {
                throw new RecordInvalidException("organization_id", $"Organization: {organizationId} does not exist", "InvalidValue");
            }

            if (Memberships.Find(u, o, Users) >= 0)
            {
                throw new RecordInvalidException("user_id", "User has already been taken", "DuplicateValue");
            }

            var hadDefault = Users.Organization[u] >= 0;
            var position = JoinOrganization(u, o, Clock.NowSeconds);
            if (!hadDefault)
            {
                TouchUser(u, userId, "update");
            }

            return Memberships.At(position, Users);
        }
    }

    public void RemoveMembership(long membershipId)
    {
        using (Write())
        {
            var position = Memberships.PositionOf(membershipId);
            if (position < 0)
            {
                throw new RecordMissingException($"Organization membership {membershipId} does not exist.");
            }

            var membership = Memberships.At(position, Users);
            var u = membership.User;
            var now = Clock.NowSeconds;
            Memberships.Remove(position);
            ChangeLog.Add("organization_memberships", membershipId, "delete", Clock.Now);
            if (Users.Organization[u] == membership.Organization)
            {
                var next = Memberships.OfUser(u).DefaultIfEmpty(-1).First();
                SetDefaultOrganization(u, next < 0 ? -1 : Memberships.At(next, Users).Organization);
                if (next >= 0)
                {
                    Memberships.Touch(next, now);
                    ChangeLog.Add("organization_memberships", Memberships.IdAt(next), "update", Clock.Now);
                }

                TouchUser(u, Ids.UserId(u), "update");
            }

            UnassignWorkingTickets(u, membership.Organization);
        }
    }

    /// <summary>The membership with this id, or null when there is none (or it was removed).</summary>
    public Membership? FindMembership(long membershipId)
    {
        using (Read())
        {
            var position = Memberships.PositionOf(membershipId);
            return position < 0 ? null : Memberships.At(position, Users);
        }
    }

    /// <summary>The user's live memberships, its default organization's first, then by organization name (as Zendesk lists them per user). Callers hold a lock.</summary>
    internal List<Membership> MembershipsOf(int u) =>
        [.. Memberships.OfUser(u).Select(p => Memberships.At(p, Users))
            .OrderBy(m => m.Organization == Users.Organization[u] ? 0 : 1)
            .ThenBy(m => OrganizationName(m.Organization), StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Id)];

    private int JoinOrganization(int u, int o, long now)
    {
        var position = Memberships.Add(u, o, now);
        if (Users.Organization[u] < 0)
        {
            SetDefaultOrganization(u, o);
        }

        ChangeLog.Add("organization_memberships", Memberships.IdAt(position), "create", Clock.Now);
        return position;
    }

    private void SetDefaultOrganization(int u, int o)
    {
        Memberships.KeepGeneratedOrganization(u, Users);
        Users.Organization[u] = o;
    }

    private void UnassignWorkingTickets(int u, int o)
    {
        var store = Tickets;
        for (var t = 0; t < store.Count; t++)
        {
            if (store.Requester[t] != u || store.Organization[t] != o || store.Status[t] >= TicketCodes.Solved || store.IsDeleted(t))
            {
                continue;
            }

            store.Organization[t] = -1;
            var spec = NewSpec(t, AuditKind.Update, author: -1);
            spec.StatusAfter = spec.StatusBefore;
            spec.PriorityAfter = spec.PriorityBefore;
            spec.AssigneeAfter = spec.AssigneeBefore;
            spec.GroupAfter = spec.GroupBefore;
            var previous = Ids.OrganizationId(o).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Record(t, spec, null, [new FieldChange("organization_id", null, previous)], "update");
        }
    }
}
