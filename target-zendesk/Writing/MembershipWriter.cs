using System.Globalization;
using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Mapping;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// Makes users members of organizations (group calls) and takes them out (identify calls whose
/// company says remove). Of several calls about one user and one organization the last decides, as
/// running them one after the other would; adding a member that is one already, or removing one that
/// is not, leaves the account as asked and is no failure.
/// </summary>
internal sealed class MembershipWriter(ZendeskClient client, UserDirectory users, ExternalIdIndex organizations, WriterOptions options)
{
    /// <param name="calls">The round's group calls that made their organization, and identify calls that remove, in input order.</param>
    public async Task WriteAsync(IReadOnlyList<InputCall> calls, CancellationToken ct)
    {
        await users.ExternalIds.FindAsync(calls.Select(c => c.Group?.UserId ?? c.Identify?.UserId).OfType<string>(), ct);
        await organizations.FindAsync(calls.Select(c => c.Identify?.CompanyId).OfType<string>(), ct);
        var changes = new Dictionary<(long, long), MembershipChange>();
        foreach (var call in calls)
        {
            if (await ChangeAsync(call, ct) is not { } change)
            {
                continue;
            }

            if (changes.Remove((change.UserId, change.OrganizationId), out var superseded))
            {
                // A later call about the same pair decides; the earlier one is done by being followed.
                superseded.Call.Done(CallOutcome.Updated);
            }

            changes[(change.UserId, change.OrganizationId)] = change;
        }

        await Parallel.ForEachAsync(changes.Values, options.Side(ct), ApplyAsync);
    }

    private async Task<MembershipChange?> ChangeAsync(InputCall call, CancellationToken ct)
    {
        if (call.Group is { } group)
        {
            if (organizations[group.GroupId] is not { } organizationId)
            {
                return null;
            }

            if (users.ExternalIds[group.UserId!] is not { } userId)
            {
                call.Reject($"no Zendesk user has the external_id of userId, so the user cannot join the organization (identify the user first)");
                return null;
            }

            return new MembershipChange(call, userId, organizationId, Member: true);
        }

        var identify = call.Identify!;
        var user = identify.UserId is { } external && users.ExternalIds[external] is { } byExternal
            ? byExternal
            : identify.Email is { } email ? (await users.ByEmailAsync(email, ct)).Id : null;
        if (user is not { } knownUser || organizations[identify.CompanyId!] is not { } organization)
        {
            // No such user or no such organization: no membership to remove.
            call.Done(CallOutcome.Skipped);
            return null;
        }

        return new MembershipChange(call, knownUser, organization, Member: false);
    }

    private ValueTask ApplyAsync(MembershipChange change, CancellationToken ct) => change.Member ? AddAsync(change, ct) : RemoveAsync(change, ct);

    private async ValueTask AddAsync(MembershipChange change, CancellationToken ct)
    {
        var body = JsonBody.Write(change, (w, c) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("organization_membership");
            w.WriteNumber("user_id", c.UserId);
            w.WriteNumber("organization_id", c.OrganizationId);
            w.WriteEndObject();
            w.WriteEndObject();
        });

        // Sent again, a membership that exists is refused as existing, never doubled.
        using var reply = await client.SendAsync(ZendeskWrite.Post("/api/v2/organization_memberships", body, WriteSafety.Idempotent), RequestBudget.Core, ct);
        if (reply.Succeeded)
        {
            change.Call.Done(CallOutcome.Created);
        }
        else if (reply.StatusCode == 422 && reply.Document is { } document && ItemErrors.SaysAlready(document.RootElement))
        {
            change.Call.Done(CallOutcome.Updated);
        }
        else
        {
            change.Call.Reject("Zendesk refused the membership: " + ItemErrors.Of(reply));
        }
    }

    private async ValueTask RemoveAsync(MembershipChange change, CancellationToken ct)
    {
        if (await MembershipIdAsync(change, ct) is not { } membership)
        {
            change.Call.Done(CallOutcome.Skipped);
            return;
        }

        using var reply = await client.SendAsync(ZendeskWrite.Delete($"/api/v2/organization_memberships/{membership.ToString(CultureInfo.InvariantCulture)}"), RequestBudget.Core, ct);
        if (reply.Succeeded || reply.StatusCode == 404)
        {
            change.Call.Done(CallOutcome.Updated);
            return;
        }

        change.Call.Reject("Zendesk refused to remove the membership: " + (reply.ErrorText ?? $"HTTP {reply.StatusCode}"));
    }

    private async Task<long?> MembershipIdAsync(MembershipChange change, CancellationToken ct)
    {
        var path = $"/api/v2/users/{change.UserId.ToString(CultureInfo.InvariantCulture)}/organization_memberships";
        await foreach (var membership in CursorPages.ItemsAsync(client, path, "organization_memberships", ct))
        {
            if (membership.GetProperty("organization_id").GetInt64() == change.OrganizationId)
            {
                return membership.GetProperty("id").GetInt64();
            }
        }

        return null;
    }
}
